// The export buttons: one per format of the server's registry (GET /api/export/formats), each with a line on
// what it is for, so the page lists exactly what the API serves. The job page downloads through the session's
// routes, the shared page through its share link. The cut video is rendered first (render.js).

import { api } from './api.js';
import { fill, h } from './dom.js';
import { renderItem } from './render.js';

// Fetched once, as the module loads, so the list is there by the time the results are.
const formats = api('/api/export/formats');

/**
 * A list of download buttons that fills itself once the formats are known.
 * @param {(format: {id: string}) => string} hrefFor the download address of a format
 * @param review the Review the exports are of, which the cut video's render follows
 */
export function exportList(hrefFor, review) {
  const list = h('ul', { class: 'export-list', id: 'exports', 'aria-label': 'Exports', 'aria-busy': 'true' });
  formats.then((all) => {
    fill(list, all.map((f) => (f.rendered ? renderItem(f, hrefFor(f), review) : h('li', { dataset: { format: f.id } },
      h('a', { class: 'button', href: hrefFor(f), download: '', dataset: { format: f.id },
        title: `Download ${f.name} (.${f.extension}) for ${f.forEditors}` }, `Download ${f.name}`),
      h('span', { class: 'lede' }, f.forEditors)))));
  }).catch((e) => {
    fill(list, h('li', { class: 'alert error', role: 'alert' }, `The export formats could not be loaded: ${e.message}`));
  }).finally(() => list.removeAttribute('aria-busy'));
  return list;
}
