// The changes a reviewer makes, as steps: a label for undo, and for each cut the step touches the state it
// ends in (null when it leaves the list). Pure functions of the cuts; the Review applies, saves and
// remembers the steps. Each returns null when there is nothing to do.

import { decisionOf } from './decisions.js';
import { frameSeconds, onFrame } from './snap.js';

export const copy = (cut) => ({ ...cut, chunks: [...(cut.chunks ?? [])] });

/** The cuts given this decision; one step however many there are. */
export function decisionStep(cuts, decision, label) {
  const list = cuts.filter((c) => c && (c.decision ?? 'accepted') !== decision);
  if (!list.length) return null;
  const verb = (decisionOf(decision).verb ?? 'put back to review').toLowerCase();
  return {
    label: label ?? (list.length === 1 ? `${verb} the cut at ${list[0].start.toFixed(1)} s` : `${verb} ${list.length} cuts`),
    after: new Map(list.map((c) => [c.id, { ...copy(c), decision }])),
  };
}

/** A cut's edges moved (already snapped). */
export function moveStep(cut, start, end) {
  if (!cut || !(end > start) || (cut.start === start && cut.end === end)) return null;
  return { label: 'move the edges of a cut', after: new Map([[cut.id, moved(cut, start, end)]]) };
}

/** A cut of the reviewer's own over start..end, at least a frame long, within the video. */
export function addStep(start, end, category, { rate, duration }) {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(duration, Math.max(start, end));
  if (!(to - from >= frameSeconds(rate) - 1e-6)) return null;
  const cut = {
    id: newId(), start: from, end: to, duration: to - from, category, reason: 'Added by the reviewer',
    confidence: 1, transcript: null, source: 'reviewer', chunks: [], decision: 'accepted', edit: 'added',
  };
  return { label: 'add a cut', after: new Map([[cut.id, cut]]), cut };
}

/** A cut split in two at the frame nearest t, which must leave a frame or more on each side. */
export function splitStep(cut, t, rate) {
  const at = onFrame(t, rate);
  const frame = frameSeconds(rate) - 1e-6;
  if (!cut || at - cut.start < frame || cut.end - at < frame) return null;
  // The second part takes the first's finding (the server copies it from the cut it is `like`).
  const second = { ...copy(cut), id: newId(), start: at, duration: cut.end - at, edit: 'added', like: cut.id, transcript: null };
  return { label: 'split a cut', after: new Map([[cut.id, moved(cut, cut.start, at)], [second.id, second]]) };
}

/** A cut and the next one made a single cut: the first covers both, the second leaves the list. */
export function mergeStep(cut, next) {
  if (!cut || !next) return null;
  return {
    label: 'merge two cuts',
    after: new Map([[cut.id, moved(cut, Math.min(cut.start, next.start), Math.max(cut.end, next.end))], [next.id, null]]),
  };
}

/** A cut moved to start..end: marked adjusted, or still the reviewer's own when it was added. */
function moved(cut, start, end) {
  return { ...copy(cut), start, end, duration: end - start, edit: cut.edit === 'added' ? 'added' : 'adjusted' };
}

/** An id for a cut of the reviewer's own: "r-" and eight random letters and digits. */
function newId() {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `r-${Array.from(bytes, (b) => digits[b % 36]).join('')}`;
}
