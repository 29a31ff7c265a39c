// The workspace's keyboard: play and shuttle, move between cuts, decide, edit, undo and redo, zoom. One table
// both drives the keys and fills the "?" overlay that lists them. Keys are ignored while typing in a field.

import { CHOICES, decisionForKey } from './decisions.js';
import { h } from './dom.js';
import { onFrame } from './snap.js';

const HELP = [
  ['Space', 'Play or pause'],
  ['J · K · L', 'Shuttle backwards · stop · forwards (press again to go faster)'],
  ['← ↑ · → ↓', 'Previous · next cut'],
  ['Shift + ← · →', 'One frame back · forward'],
  ['Shift + ↑ · ↓', 'Add the previous · next cut to the selection'],
  ...CHOICES.map((d) => [d.key.toUpperCase(), `${d.verb} the selected cuts and go to the next`]),
  ['Ctrl + Z', 'Undo'],
  ['Ctrl + Shift + Z, Ctrl + Y', 'Redo'],
  ['[ · ]', 'Move the selected cut’s start · end to the playhead'],
  ['I · O', 'Mark the start · end of a new cut at the playhead'],
  ['C', 'Add the marked range as a cut'],
  ['S', 'Split the selected cut at the playhead'],
  ['M', 'Merge the selected cut with the next one'],
  ['+ · − · 0', 'Zoom in · out · the whole video'],
  ['P', 'Preview the edit: skip accepted cuts while playing'],
  ['Esc', 'Clear the selection and the marked range'],
  ['?', 'Show or hide these keys'],
];

/** The "?" overlay: a modal dialog listing the keys. */
export function keysDialog() {
  const dialog = h('dialog', { id: 'keys-help', 'aria-labelledby': 'keys-title', class: 'keys' },
    h('h2', { id: 'keys-title' }, 'Keyboard shortcuts'),
    h('table', {}, h('tbody', {}, HELP.map(([keys, what]) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, keys)), h('td', {}, what))))),
    h('p', { class: 'lede' }, 'Space always plays and pauses; Enter presses the focused button.'),
    h('form', { method: 'dialog' }, h('button', { class: 'primary', id: 'close-keys' }, 'Close')));
  return dialog;
}

/**
 * Wires the keys to the review. `player`: the player's controls; `timeline`: its zoom; `addRange()`: adds the
 * marked range as a cut; `say(text)`: tells screen readers what a key did.
 */
export function bindKeys(review, { player, timeline, dialog, addRange, say }) {
  const toggleHelp = () => (dialog.open ? dialog.close() : dialog.showModal());
  const go = (cut, extend = false) => {
    if (!cut) return say(extend ? 'No more cuts there.' : 'There is no cut there.');
    review.select(cut, { extend });
    if (!review.playing) review.seek(cut.start);
    return undefined;
  };
  const decide = (decision) => {
    const chosen = review.selectedCuts();
    if (!chosen.length) return say('Select a cut first, with the arrow keys or a click.');
    const last = chosen.at(-1);
    const next = review.visibleCuts().find((c) => c.start > last.start && !review.selected.has(c.id));
    review.decide(chosen, decision.id);
    say(`${decision.verb}ed ${chosen.length === 1 ? 'the cut' : `${chosen.length} cuts`}.`);
    if (next) go(next);
    return undefined;
  };
  const current = () => review.byId.get(review.currentId) ?? null;
  const edge = (side) => {
    const cut = current();
    const t = onFrame(review.time, review.rate);
    if (!cut) return say('Select a cut first.');
    const [start, end] = side === 'start' ? [t, cut.end] : [cut.start, t];
    if (!(end > start)) return say('The playhead is on the wrong side of the cut for that.');
    review.adjust(cut, start, end);
    return undefined;
  };

  const actions = {
    ' ': () => player.togglePlay(),
    k: () => player.stop(),
    j: () => player.shuttle(-1),
    l: () => player.shuttle(1),
    ArrowLeft: (e) => (e.shiftKey ? player.step(-1) : go(review.neighbour(-1))),
    ArrowRight: (e) => (e.shiftKey ? player.step(1) : go(review.neighbour(1))),
    ArrowUp: (e) => go(review.neighbour(-1), e.shiftKey),
    ArrowDown: (e) => go(review.neighbour(1), e.shiftKey),
    '[': () => edge('start'),
    ']': () => edge('end'),
    i: () => review.mark('in'),
    o: () => review.mark('out'),
    c: () => (review.range ? addRange() : say('Mark a range first: I at its start, O at its end.')),
    s: () => (review.split(current(), review.time) ? say('Split the cut.') : say('Put the playhead inside the selected cut to split it.')),
    m: () => (review.mergeWithNext(current()) ? say('Merged with the next cut.') : say('Select a cut that has a next one.')),
    '+': () => timeline.zoomBy(2),
    '=': () => timeline.zoomBy(2),
    '-': () => timeline.zoomBy(1 / 2),
    0: () => timeline.zoomFit(),
    p: () => player.toggleSkip(),
    Escape: () => {
      review.setRange(null);
      review.select(null);
    },
    '?': toggleHelp,
  };
  const readOnlyKeys = new Set([' ', 'k', 'j', 'l', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '=', '-', '0', 'p', 'Escape', '?']);

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || typing(e.target)) return;
    if (dialog.open) {
      if (e.key === '?') {
        e.preventDefault();
        dialog.close();
      }
      return;
    }
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (e.ctrlKey || e.metaKey) {
      if (review.readOnly || e.altKey) return;
      if (key === 'z' && !e.shiftKey) review.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') review.redo();
      else return;
      e.preventDefault();
      return;
    }
    if (e.altKey) return;
    // On a checkbox Space ticks it, as everywhere.
    if (e.key === ' ' && e.target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(e.target.type)) return;
    // On a slider the arrow keys move the slider.
    if (e.target instanceof HTMLInputElement && e.target.type === 'range' && key.startsWith('Arrow')) return;
    const decision = review.readOnly ? null : decisionForKey(key);
    const action = decision ? () => decide(decision) : actions[e.key] ?? actions[key];
    if (!action || (review.readOnly && !readOnlyKeys.has(e.key) && !readOnlyKeys.has(key))) return;
    e.preventDefault();
    action(e);
  });
  // A button keeps focus after a click; Space must not press it again (the browser presses on keyup).
  document.addEventListener('keyup', (e) => {
    const box = e.target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(e.target.type);
    if (e.key === ' ' && !box && !typing(e.target)) e.preventDefault();
  });
}

/** Whether keys typed here are text, not commands. */
function typing(target) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button'].includes(target.type);
}
