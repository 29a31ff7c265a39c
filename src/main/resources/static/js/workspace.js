// The review workspace, the page once the results are in: the remaining length and undo/redo on top, the
// player and the cut list side by side, the zoomable timeline under them, and the summary folded away.

import { bulkBar } from './bulk.js';
import { cutList } from './cutlist.js';
import { h } from './dom.js';
import { duration } from './format.js';
import { bindKeys, keysDialog } from './keys.js';
import { newCutBar } from './newcut.js';
import { playerPanel } from './player.js';
import { failedChunksNote } from './summary.js';
import { timelineCard } from './timeline.js';

/** The workspace section; `urls` are {media, waveform} for this viewer (owner or share link). */
export function workspace(review, { urls, chunks }) {
  const announcer = h('p', { class: 'sr-only', id: 'announce', 'aria-live': 'polite' });
  const say = (text) => { announcer.textContent = text; };
  const error = h('div', { class: 'alert error', role: 'alert', id: 'review-error', hidden: true });
  const player = playerPanel(review, urls.media);
  const timeline = timelineCard(review, { waveformUrl: urls.waveform });
  const newCut = review.readOnly ? null : newCutBar(review);
  const dialog = keysDialog();
  bindKeys(review, { player: player.controls, timeline, dialog, addRange: () => newCut?.add(), say });

  const side = h('section', { class: 'card ws-list', 'aria-labelledby': 'review-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'review-title' }, 'Cuts'),
      review.readOnly ? h('span', { class: 'lede' }, 'Read-only: shared with you.')
        : h('span', { class: 'lede' }, 'Saved as you go.')),
    review.readOnly ? null : bulkBar(review),
    cutList(review));

  review.subscribe((kind, detail) => {
    if (kind === 'saving' && detail.error) {
      error.textContent = `${detail.error} The cut list was reloaded from the server.`;
      error.hidden = false;
    } else if (kind === 'select' && detail) {
      const visible = review.visibleCuts();
      say(`Cut ${visible.indexOf(detail) + 1} of ${visible.length} selected.`);
    }
  });

  return h('section', { class: 'workspace', id: 'workspace', 'aria-label': 'Review' },
    topBar(review, dialog),
    error,
    failedChunksNote(review, chunks),
    h('div', { class: 'ws-grid' }, player.element, side,
      h('div', { class: 'ws-bottom' }, timeline.element, newCut?.element)),
    dialog, announcer);
}

function topBar(review, dialog) {
  const remaining = h('p', { class: 'remaining', id: 'remaining', 'aria-live': 'polite' });
  const paint = () => {
    const removed = review.removedSeconds();
    const cutting = review.acceptedSegments().length;
    const share = review.duration > 0 ? Math.round((removed / review.duration) * 100) : 0;
    remaining.replaceChildren(
      h('strong', { id: 'remaining-length' }, duration(review.remainingSeconds())),
      ` after cuts, of ${duration(review.duration)} · ${duration(removed)} removed (${share} %) · `,
      `${cutting} of ${review.cuts.length} cuts will be cut`);
  };
  paint();
  review.subscribe((kind) => { if (kind === 'cuts' || kind === 'reset') paint(); });

  const help = h('button', { type: 'button', class: 'small', id: 'show-keys', 'aria-haspopup': 'dialog',
    onclick: () => dialog.showModal() }, 'Keys ?');
  if (review.readOnly) return h('div', { class: 'ws-bar' }, remaining, h('div', { class: 'actions' }, help));

  const undo = h('button', { type: 'button', class: 'small', id: 'undo', onclick: () => review.undo() }, 'Undo');
  const redo = h('button', { type: 'button', class: 'small', id: 'redo', onclick: () => review.redo() }, 'Redo');
  const saved = h('span', { class: 'save-state', id: 'save-state', dataset: { state: 'saved' }, 'aria-live': 'polite' });
  const paintHistory = () => {
    const back = review.history.nextUndo();
    const again = review.history.nextRedo();
    undo.disabled = !back;
    redo.disabled = !again;
    undo.title = back ? `Undo: ${back.label} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = again ? `Redo: ${again.label} (Ctrl+Shift+Z)` : 'Nothing to redo';
    undo.setAttribute('aria-label', back ? `Undo: ${back.label}` : 'Undo');
    redo.setAttribute('aria-label', again ? `Redo: ${again.label}` : 'Redo');
  };
  paintHistory();
  review.subscribe((kind, detail) => {
    if (kind === 'history') paintHistory();
    if (kind === 'saving') {
      saved.dataset.state = detail.error ? 'error' : detail.pending ? 'saving' : 'saved';
      saved.textContent = detail.error ? 'Not saved' : detail.pending ? 'Saving…' : 'All changes saved';
    }
  });
  return h('div', { class: 'ws-bar' }, remaining, h('div', { class: 'actions' }, saved, undo, redo, help));
}
