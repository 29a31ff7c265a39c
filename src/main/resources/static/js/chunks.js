// The brief's chunk grid: one tile per chunk with its number, duration, size, cuts found and a status icon.
// Tiles are updated in place, so a live update does not restart their animation or move focus.

import { h, icon, ICONS } from './dom.js';
import { bytes, duration } from './format.js';

const STATUSES = ['pending', 'processing', 'complete', 'failed'];

/** One chunk of GET /api/videos/{id}/chunks as the grid uses it. Seconds and bytes. */
export function normalizeChunk(c) {
  return {
    index: c.index,
    status: STATUSES.includes(c.status) ? c.status : 'pending',
    start: c.start,
    end: c.end,
    duration: c.duration,
    size: c.sizeBytes,
    cutsFound: c.cutsFound,
    error: c.error,
  };
}

const LABELS = { pending: 'pending', processing: 'processing', complete: 'complete', failed: 'failed' };

export class ChunkGrid {
  constructor(list) {
    this.list = list;
    this.tiles = new Map();
    this.chunks = [];
  }

  render(chunks) {
    this.chunks = chunks;
    const seen = new Set();
    for (const chunk of chunks) {
      seen.add(chunk.index);
      let tile = this.tiles.get(chunk.index);
      if (!tile) {
        tile = this.#tile();
        this.tiles.set(chunk.index, tile);
      }
      this.#fill(tile, chunk);
    }
    for (const [index, tile] of this.tiles) {
      if (!seen.has(index)) {
        tile.li.remove();
        this.tiles.delete(index);
      }
    }
    // Keep tiles in index order (a split chunk can add tiles later).
    const ordered = [...chunks].sort((a, b) => a.index - b.index).map((c) => this.tiles.get(c.index).li);
    if (ordered.some((li, i) => this.list.children[i] !== li)) this.list.replaceChildren(...ordered);
  }

  counts() {
    const counts = { pending: 0, processing: 0, complete: 0, failed: 0 };
    for (const c of this.chunks) counts[c.status] += 1;
    return counts;
  }

  #tile() {
    const parts = {
      n: h('span', { class: 'n' }),
      duration: h('span', { class: 'duration' }),
      size: h('span', { class: 'size' }),
      cuts: h('span', { class: 'cuts' }),
      iconSlot: h('span', {}),
      status: null,
    };
    parts.li = h('li', { class: 'chunk pending' }, parts.iconSlot, parts.n, parts.duration, parts.size, parts.cuts);
    return parts;
  }

  #fill(tile, chunk) {
    tile.li.className = `chunk ${chunk.status}`;
    tile.li.dataset.index = String(chunk.index);
    tile.li.dataset.status = chunk.status;
    tile.n.textContent = String(chunk.index + 1);
    tile.duration.textContent = duration(chunk.duration);
    tile.size.textContent = chunk.size != null ? bytes(chunk.size) : '';
    tile.cuts.textContent = chunk.cutsFound != null ? `${chunk.cutsFound} cut${chunk.cutsFound === 1 ? '' : 's'}` : '';
    tile.li.title = chunk.error ? `Failed: ${chunk.error}` : '';
    tile.li.setAttribute('aria-label', [`Chunk ${chunk.index + 1}`, LABELS[chunk.status], duration(chunk.duration),
      chunk.size != null ? bytes(chunk.size) : null,
      chunk.cutsFound != null ? `${chunk.cutsFound} cuts` : null].filter(Boolean).join(', '));
    if (tile.status !== chunk.status) {
      tile.status = chunk.status;
      tile.iconSlot.replaceChildren(icon(ICONS[chunk.status]));
    }
  }
}
