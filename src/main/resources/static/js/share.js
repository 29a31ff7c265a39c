// Export buttons (exports.js) and the share link (create, copy, revoke).

import { api } from './api.js';
import { copyText, h } from './dom.js';
import { exportList } from './exports.js';
import { sharedUrl } from './routes.js';

/**
 * Export buttons (one per format the server offers) and, for the owner, the share link. `exportUrl(format)` is
 * where a format downloads from (the share link's own address on the shared page). A download waits for
 * changes still being saved.
 */
export function exportShareCard(review, shareToken, onError,
  exportUrl = (format) => `/api/export/${encodeURIComponent(review.jobId)}/${format}`) {
  const id = encodeURIComponent(review.jobId);
  const exports = exportList((f) => exportUrl(encodeURIComponent(f.id)), review);
  exports.addEventListener('click', afterSaving(review));
  if (review.readOnly) {
    return h('section', { class: 'card stack', 'aria-labelledby': 'export-title' },
      h('div', {}, h('h2', { id: 'export-title' }, 'Export'),
        h('p', { class: 'lede' }, 'Files for your editor, of the cut list as its owner left it: every file but the JSON leaves out the cuts kept in.')),
      exports);
  }

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
        h('p', { class: 'lede' }, 'Every export has your edits. Every file but the JSON leaves out the cuts you rejected and those still to review; JSON keeps them, marked, so a review can be picked up again.')),
      exports),
    h('div', { class: 'stack' },
      h('div', {},
        h('h2', {}, 'Share'),
        h('p', { class: 'lede' }, 'Anyone with the link sees this cut list, read-only.')),
      h('div', {}, create), linkLine));
}

/** A click handler that lets a download start only once the review's changes are saved. */
function afterSaving(review) {
  return (e) => {
    const link = e.target.closest('a[download]');
    if (!link) return;
    if (!review.saver?.busy || link.dataset.waited) {
      delete link.dataset.waited;
      return;
    }
    e.preventDefault();
    review.saver.idle().then(() => {
      link.dataset.waited = 'yes';
      link.click();
    });
  };
}
