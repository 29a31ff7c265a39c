// The job's processing log (GET /api/videos/{id}/logs), loaded when the person opens it.

import { api } from './api.js';
import { h } from './dom.js';

/** Wires the <details> box: loads when opened, and reload() refreshes it while it stays open. */
export function processingLog(box, list, base) {
  const load = async () => {
    try {
      const lines = await api(`${base}/logs`);
      list.replaceChildren(...(lines ?? []).map((l) => h('li', { class: String(l.level).toLowerCase() === 'error' ? 'error' : '' },
        h('time', { datetime: l.at }, new Date(l.at).toLocaleTimeString()),
        ' ', l.chunkIndex == null ? '' : `Chunk ${l.chunkIndex + 1}: `, l.message)));
      if (!list.children.length) list.append(h('li', {}, 'Nothing logged yet.'));
    } catch (e) {
      list.replaceChildren(h('li', { class: 'error' }, `The log could not be loaded: ${e.message}`));
    }
  };
  box.addEventListener('toggle', () => { if (box.open) load(); });
  return { reload: () => (box.open ? load() : undefined) };
}
