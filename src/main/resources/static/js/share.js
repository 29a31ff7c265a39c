// Export buttons and the share link (create, copy, revoke).

import { api } from './api.js';
import { copyText, h } from './dom.js';
import { sharedUrl } from './routes.js';

const FORMATS = [
  ['json', 'JSON', 'the full cut list'],
  ['csv', 'CSV', 'for spreadsheets'],
  ['edl', 'EDL', 'for Premiere, Resolve and Avid'],
];

export function exportShareCard(review, shareToken, onError) {
  const id = encodeURIComponent(review.jobId);
  const exports = h('div', { class: 'actions', id: 'exports' },
    FORMATS.map(([format, label, what]) => h('a', {
      class: 'button', href: `/api/export/${id}/${format}`, download: '', dataset: { format },
      title: `Download ${label}, ${what}`,
    }, `Download ${label}`)));

  const link = h('input', { type: 'text', readonly: true, id: 'share-link', 'aria-label': 'Share link' });
  const copy = h('button', { type: 'button', class: 'small', id: 'copy-share' }, 'Copy');
  const revoke = h('button', { type: 'button', class: 'small danger', id: 'revoke-share' }, 'Stop sharing');
  const create = h('button', { type: 'button', id: 'create-share' }, 'Create a share link');
  const linkLine = h('div', { class: 'copyline', hidden: true }, link, copy, revoke);

  const show = (token, url) => {
    const shown = token || url ? new URL(url ?? sharedUrl(token), window.location.href).toString() : null;
    link.value = shown ?? '';
    linkLine.hidden = !shown;
    create.hidden = Boolean(shown);
    copy.textContent = 'Copy';
  };
  show(shareToken, null);

  create.addEventListener('click', async () => {
    create.disabled = true;
    try {
      const body = await api(`/api/videos/${id}/share`, { method: 'POST' });
      show(body.token, body.url);
    } catch (e) {
      onError(`The share link could not be made: ${e.message}`);
    } finally {
      create.disabled = false;
    }
  });
  copy.addEventListener('click', async () => {
    copy.textContent = (await copyText(link.value, link)) ? 'Copied' : 'Copy';
  });
  revoke.addEventListener('click', async () => {
    try {
      await api(`/api/videos/${id}/share`, { method: 'DELETE' });
      show(null, null);
    } catch (e) {
      onError(`The share link could not be revoked: ${e.message}`);
    }
  });

  return h('section', { class: 'card split', 'aria-label': 'Export and share' },
    h('div', { class: 'stack' },
      h('div', {},
        h('h2', { id: 'export-title' }, 'Export'),
        h('p', { class: 'lede' }, 'CSV and EDL leave out the cuts you rejected. JSON keeps them, marked, so a review can be picked up again.')),
      exports),
    h('div', { class: 'stack' },
      h('div', {},
        h('h2', {}, 'Share'),
        h('p', { class: 'lede' }, 'Anyone with the link sees this cut list, read-only.')),
      h('div', {}, create), linkLine));
}
