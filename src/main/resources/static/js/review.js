// The state of one review: the cuts with their decisions and edits, what is selected, the range marked for a
// new cut, the confidence filter and the player's time. Every change to the cuts (a decision, a bulk
// decision, a moved edge, a split, a merge, an added cut) is one undoable step: it shows at once, and the
// Saver (saver.js) saves it to the server in one request. Parts of the page subscribe and redraw what
// concerns them.

import { api } from './api.js';
import { removesTime } from './decisions.js';
import { History } from './history.js';
import { Saver } from './saver.js';
import { frameRate, onFrame } from './snap.js';
import { addStep, copy, decisionStep, mergeStep, moveStep, splitStep } from './steps.js';

const byTime = (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class Review {
  /**
   * @param result the result JSON of ARCHITECTURE.md
   * @param {{jobId: string, readOnly: boolean}} options
   */
  constructor(result, { jobId, readOnly }) {
    this.result = result;
    this.jobId = jobId ?? result.jobId;
    this.readOnly = readOnly;
    this.base = `/api/videos/${encodeURIComponent(this.jobId ?? '')}`;
    this.rate = frameRate(result.source?.frameRate);
    this.minConfidence = 0;
    this.selected = new Set();
    this.currentId = null;
    this.range = null;
    this.time = 0;
    this.playing = false;
    /** Measured silences, [{start, end}] sorted, once the waveform has loaded: where edges snap. */
    this.silences = [];
    this.history = new History();
    this.listeners = [];
    this.saver = readOnly ? null : new Saver(this.base, {
      answered: (answer, latest) => this.#answered(answer, latest),
      failed: (error) => this.#failed(error),
      saving: (detail) => this.emit('saving', detail),
    });
    this.#load(result);
  }

  #load(result) {
    this.result = result;
    this.cuts = (result.segmentsToRemove ?? []).map(copy).sort(byTime);
    this.byId = new Map(this.cuts.map((c) => [c.id, c]));
    this.duration = result.summary?.originalDuration ?? result.source?.durationSeconds
      ?? Math.max(0, ...(result.chunks ?? []).map((c) => c.end), ...this.cuts.map((s) => s.end));
    for (const id of [...this.selected]) if (!this.byId.has(id)) this.selected.delete(id);
    if (!this.byId.has(this.currentId)) this.currentId = null;
  }

  /** listener(kind, detail). Kinds: cuts, filter, select, range, play, seek, time, playing, history, saving, reset. */
  subscribe(listener) {
    this.listeners.push(listener);
  }

  emit(kind, detail) {
    for (const l of this.listeners) l(kind, detail);
  }

  /** The cuts, sorted by time (the name the result JSON uses). */
  get segments() {
    return this.cuts;
  }

  get selectedId() {
    return this.currentId;
  }

  isAccepted(cut) {
    return removesTime(cut);
  }

  isVisible(cut) {
    return cut.confidence == null || cut.confidence >= this.minConfidence - 1e-9;
  }

  visibleCuts() {
    return this.cuts.filter((c) => this.isVisible(c));
  }

  acceptedSegments() {
    return this.cuts.filter(removesTime);
  }

  /** Seconds the cuts that remove time take out, counting any overlap once. */
  removedSeconds() {
    let removed = 0;
    let reach = -Infinity;
    for (const s of this.acceptedSegments()) {
      const from = Math.max(s.start, reach);
      if (s.end > from) removed += s.end - from;
      reach = Math.max(reach, s.end);
    }
    return removed;
  }

  /** How long the edit runs with the cuts as they are decided now. */
  remainingSeconds() {
    return Math.max(0, this.duration - this.removedSeconds());
  }

  /** The end of the time removed around t, following cuts that overlap or touch, or null when t is kept. */
  skipFrom(t) {
    let reach = t;
    let end = null;
    for (const c of this.cuts) {
      if (c.start > reach + 1e-3) break;
      if (removesTime(c) && c.end > reach) {
        reach = c.end;
        end = c.end;
      }
    }
    return end;
  }

  /** The visible cut after (direction 1) or before (-1) the current one, or the playhead when none is. */
  neighbour(direction) {
    const visible = this.visibleCuts();
    const current = this.byId.get(this.currentId);
    if (current) {
      const i = visible.indexOf(current);
      if (i >= 0) return visible[i + direction] ?? null;
    }
    const t = current ? current.start : this.time;
    return direction > 0 ? visible.find((c) => c.start > t + 1e-3) ?? null
      : [...visible].reverse().find((c) => c.start < t - 1e-3) ?? null;
  }

  selectedCuts() {
    return this.cuts.filter((c) => this.selected.has(c.id));
  }

  /**
   * Selects a cut. extend: add the cuts from the current one to it; toggle: add or remove it alone.
   * play: send the player to its start; around: play from a little before to a little after it.
   */
  select(cut, { extend = false, toggle = false, play = false, around = false } = {}) {
    if (!cut) {
      this.selected.clear();
      this.currentId = null;
    } else if (extend && this.byId.has(this.currentId)) {
      const visible = this.visibleCuts();
      const [a, b] = [visible.indexOf(this.byId.get(this.currentId)), visible.indexOf(cut)].sort((x, y) => x - y);
      for (const c of visible.slice(Math.max(0, a), b + 1)) this.selected.add(c.id);
      this.currentId = cut.id;
    } else if (toggle) {
      if (this.selected.has(cut.id)) this.selected.delete(cut.id);
      else this.selected.add(cut.id);
      this.currentId = cut.id;
    } else {
      this.selected = new Set([cut.id]);
      this.currentId = cut.id;
    }
    this.emit('select', cut);
    if (cut && (play || around)) this.emit('play', { segment: cut, around });
  }

  setMinConfidence(value) {
    this.minConfidence = value;
    this.emit('filter');
  }

  /** Marks the range a new cut would cover, or clears it (null). */
  setRange(range) {
    this.range = range && range.end > range.start ? { start: range.start, end: range.end } : null;
    this.emit('range', this.range);
  }

  /** Sets one end of the marked range at the playhead (I and O). */
  mark(which, t = this.time) {
    const at = onFrame(t, this.rate);
    const other = this.range ? (which === 'in' ? this.range.end : this.range.start) : null;
    if (which === 'in') this.setRange({ start: at, end: other != null && other > at ? other : Math.min(this.duration, at + 1) });
    else this.setRange({ start: other != null && other < at ? other : Math.max(0, at - 1), end: at });
  }

  /** Asks the player to go to time t (seconds). */
  seek(t) {
    this.emit('seek', t);
  }

  /** The player reports where it is. */
  setTime(t) {
    this.time = t;
    this.emit('time', t);
  }

  setPlaying(playing) {
    if (this.playing === playing) return;
    this.playing = playing;
    this.emit('playing', playing);
  }

  // ---- changes: each is one undoable step ----

  /** Gives the cuts this decision; one step however many there are. Resolves when it is saved. */
  decide(cuts, decision, label) {
    return this.#step(decisionStep(Array.isArray(cuts) ? cuts : [cuts], decision, label));
  }

  /** Moves a cut's edges (already snapped). */
  adjust(cut, start, end) {
    return this.#step(moveStep(cut, start, end));
  }

  /** Adds a cut of the reviewer's own over the range; resolves with it, or null when it is under a frame. */
  addCut(start, end, category) {
    const step = addStep(start, end, category, { rate: this.rate, duration: this.duration });
    if (!step) return Promise.resolve(null);
    this.setRange(null);
    const saved = this.#step(step);
    this.select(this.byId.get(step.cut.id) ?? null);
    return saved.then(() => step.cut);
  }

  /** Splits a cut in two at t (on a frame); false when t is not a frame inside it. */
  split(cut, t) {
    const step = splitStep(cut, t, this.rate);
    this.#step(step);
    return step != null;
  }

  /** Makes a cut and the next visible one a single cut; false when there is no next one. */
  mergeWithNext(cut) {
    const i = this.cuts.indexOf(cut);
    const step = mergeStep(cut, i >= 0 ? this.cuts.slice(i + 1).find((c) => this.isVisible(c)) : null);
    this.#step(step);
    if (step) this.select(this.byId.get(cut.id));
    return step != null;
  }

  undo() {
    const step = this.readOnly ? null : this.history.undo();
    if (step) this.#apply(step.before);
    this.emit('history');
    return step;
  }

  redo() {
    const step = this.readOnly ? null : this.history.redo();
    if (step) this.#apply(step.after);
    this.emit('history');
    return step;
  }

  #step(step) {
    if (this.readOnly || !step) return Promise.resolve();
    const { label, after } = step;
    const before = new Map([...after.keys()].map((id) => [id, this.byId.has(id) ? copy(this.byId.get(id)) : null]));
    this.history.push({ label, before, after });
    this.emit('history');
    return this.#apply(after);
  }

  /** Shows the states on the page at once, then saves them; a failed save reloads what the server has. */
  #apply(states) {
    for (const [id, cut] of states) {
      const old = this.byId.get(id);
      if (old) this.cuts.splice(this.cuts.indexOf(old), 1);
      if (cut) {
        const fresh = copy(cut);
        fresh.duration = Math.round((fresh.end - fresh.start) * 1000) / 1000;
        this.cuts.push(fresh);
        this.byId.set(id, fresh);
      } else {
        this.byId.delete(id);
        this.selected.delete(id);
        if (this.currentId === id) this.currentId = null;
      }
    }
    this.cuts.sort(byTime);
    this.emit('cuts', { ids: [...states.keys()] });
    return this.saver.save(states);
  }

  /** Takes the server's word for the cuts it answered about that no later change is on its way for. */
  #answered(answer, latest) {
    let changed = false;
    for (const cut of answer?.cuts ?? []) {
      const local = latest.has(cut.id) ? this.byId.get(cut.id) : null;
      if (!local) continue;
      if (local.start !== cut.start || local.end !== cut.end || local.edit !== cut.edit) changed = true;
      // In place, since rows and drags hold the object; a field the server left out (edit) goes too.
      for (const key of Object.keys(local)) if (!(key in cut) && key !== 'like') delete local[key];
      Object.assign(local, copy(cut));
    }
    for (const id of answer?.gone ?? []) {
      if (latest.has(id) && this.byId.has(id)) {
        this.cuts.splice(this.cuts.indexOf(this.byId.get(id)), 1);
        this.byId.delete(id);
        changed = true;
      }
    }
    if (changed) {
      this.cuts.sort(byTime);
      this.emit('cuts', { ids: [...latest] });
    }
  }

  /** A save failed: the page shows what the server has, and the steps before it can no longer be undone. */
  async #failed(error) {
    this.emit('saving', { pending: false, error: `The change could not be saved: ${error.message}` });
    try {
      this.#load(await api(`${this.base}/results`));
      this.history.clear();
      this.emit('reset');
      this.emit('history');
    } catch {
      // the error above already tells the reviewer; the page keeps what it shows
    }
  }
}
