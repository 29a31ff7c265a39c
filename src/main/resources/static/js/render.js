// The cut video in the export list. The owner starts its render (POST /api/export/{id}/mp4) and the page
// follows it (Server-Sent Events from .../mp4/events, polling .../mp4/status where there are none), then offers
// the download and plays the video in a player of its own. The shared page shows the owner's render of the
// review as it is now and starts none. A change to the review makes the render out of date: the page asks
// again once the change is saved.

import { api } from './api.js';
import { h, setBar } from './dom.js';
import { bytes, duration } from './format.js';

const POLL_MS = 2000;

/**
 * The list item of the rendered video format.
 * @param {{id: string, name: string, forEditors: string}} format
 * @param {string} href where the video downloads from (the share link's address on the shared page)
 * @param review the Review, for its read-only flag and its saved changes
 */
export function renderItem(format, href, review) {
  const owner = !review?.readOnly;
  const start = h('button', { type: 'button', id: 'render-start', dataset: { format: format.id }, hidden: !owner },
    `Render ${format.name}`);
  const download = h('a', { class: 'button', id: 'render-download', href, download: '', dataset: { format: format.id },
    hidden: true }, `Download ${format.name}`);
  const line = h('span', { class: 'lede', id: 'render-state', role: 'status' }, format.forEditors);
  const bar = h('div', { class: 'bar render-bar', id: 'render-bar', role: 'progressbar', hidden: true,
    'aria-label': 'Rendering the cut video', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' },
  h('span'));
  const player = h('video', { id: 'render-player', class: 'render-player', controls: true, preload: 'metadata',
    playsinline: true, hidden: true, 'aria-label': 'The rendered cut video' });
  const item = h('li', { dataset: { format: format.id } }, h('div', { class: 'render-actions' }, start, download),
    line, bar, player);
  const live = { events: null, timer: null, last: null };

  const stop = () => {
    live.events?.close();
    live.events = null;
    clearTimeout(live.timer);
    live.timer = null;
  };

  /** Shows a render status, or null for none of the review as it is now. */
  const show = (status) => {
    live.last = status;
    const state = status?.state ?? null;
    item.dataset.state = state ?? 'none';
    start.hidden = !owner || state === 'queued' || state === 'rendering' || state === 'done';
    start.disabled = false;
    start.textContent = state === 'failed' ? 'Render again' : `Render ${format.name}`;
    bar.hidden = state !== 'queued' && state !== 'rendering';
    setBar(bar, (status?.progress ?? 0) / 100);
    download.hidden = state !== 'done';
    line.classList.toggle('error', state === 'failed');
    line.textContent = describe(status, owner, format);
    if (state === 'done') {
      // A fresh address each render, so the player never shows an earlier cut from its cache.
      const src = `${href}?v=${status.sizeBytes}-${status.durationSeconds}`;
      if (player.dataset.src !== src) {
        player.dataset.src = src;
        player.src = src;
      }
      player.hidden = false;
    } else if (player.dataset.src) {
      delete player.dataset.src;
      player.removeAttribute('src');
      player.load();
      player.hidden = true;
    }
    if (state === 'queued' || state === 'rendering') follow();
    else stop();
  };

  const refresh = async () => {
    try {
      show(await api(`${href}/status`));
    } catch (e) {
      if (e.status === 404) show(null);
      else line.textContent = `How the render stands could not be loaded: ${e.message}`;
    }
  };

  const poll = () => {
    clearTimeout(live.timer);
    live.timer = setTimeout(refresh, POLL_MS);
  };

  const follow = () => {
    if (live.events || live.timer) {
      if (!live.events) poll();
      return;
    }
    if (!owner || typeof EventSource === 'undefined') return poll();
    const events = new EventSource(`${href}/events`);
    live.events = events;
    events.addEventListener('status', (m) => show(JSON.parse(m.data)));
    events.addEventListener('render', (m) => {
      const event = JSON.parse(m.data);
      if (event.state === 'done' || event.state === 'failed') {
        stop();
        refresh();
      } else {
        show({ ...live.last, state: event.state, progress: event.progress });
      }
    });
    events.addEventListener('error', () => {
      // Ended by the server once the render is over, or broken: the status says which.
      events.close();
      live.events = null;
      poll();
    });
  };

  start.addEventListener('click', async () => {
    start.disabled = true;
    try {
      await review?.saver?.idle();
      show(await api(href, { method: 'POST' }));
    } catch (e) {
      start.disabled = false;
      line.classList.add('error');
      line.textContent = `The render could not be started: ${e.message}`;
    }
  });
  review?.subscribe?.((kind, detail) => {
    if (kind === 'saving' && detail && !detail.pending && !detail.error) refresh();
  });
  refresh();
  return item;
}

function describe(status, owner, format) {
  switch (status?.state ?? null) {
    case null: return owner
      ? `${format.forEditors}. Rendered on the server from the review as it is now.`
      : 'Not rendered for the review as it is now. Its owner can render it on their page.';
    case 'queued': return 'Waiting for a free worker to render the video…';
    case 'rendering': return status.keptSeconds == null ? `Rendering the video… ${status.progress ?? 0} %`
      : `Rendering ${duration(status.keptSeconds)} of video… ${status.progress ?? 0} %`;
    case 'done': return `Rendered: ${duration(status.durationSeconds ?? 0)}, ${bytes(status.sizeBytes ?? 0)}.`;
    case 'failed': return status.message ?? 'Rendering failed on the server. Render it again.';
    default: return '';
  }
}
