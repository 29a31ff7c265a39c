// The state of one review: the result, each cut's decision, the confidence filter, the selected cut and the
// player's time. Parts of the page subscribe and redraw what concerns them.

import { api } from './api.js';

export class Review {
  /**
   * @param result the result JSON of ARCHITECTURE.md
   * @param {{jobId: string, readOnly: boolean}} options
   */
  constructor(result, { jobId, readOnly }) {
    this.result = result;
    this.jobId = jobId ?? result.jobId;
    this.readOnly = readOnly;
    this.segments = [...(result.segmentsToRemove ?? [])].sort((a, b) => a.start - b.start);
    this.duration = result.summary?.originalDuration ?? result.source?.durationSeconds
      ?? Math.max(0, ...(result.chunks ?? []).map((c) => c.end), ...this.segments.map((s) => s.end));
    this.minConfidence = 0;
    this.selectedId = null;
    this.time = 0;
    this.listeners = [];
  }

  /** listener(kind, detail): kind is 'decision', 'filter', 'select', 'play', 'seek' or 'time'. */
  subscribe(listener) {
    this.listeners.push(listener);
  }

  #emit(kind, detail) {
    for (const l of this.listeners) l(kind, detail);
  }

  isAccepted(segment) {
    return segment.decision !== 'rejected';
  }

  isVisible(segment) {
    return segment.confidence == null || segment.confidence >= this.minConfidence - 1e-9;
  }

  visibleSegments() {
    return this.segments.filter((s) => this.isVisible(s));
  }

  acceptedSegments() {
    return this.segments.filter((s) => this.isAccepted(s));
  }

  /** Seconds the accepted cuts remove, counting any overlap once. */
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

  /** The accepted cut that contains time t, if any. */
  acceptedCutAt(t) {
    return this.segments.find((s) => this.isAccepted(s) && t >= s.start && t < s.end) ?? null;
  }

  setMinConfidence(value) {
    this.minConfidence = value;
    this.#emit('filter');
  }

  select(segment, { play = false, around = false } = {}) {
    this.selectedId = segment?.id ?? null;
    this.#emit('select', segment);
    if (segment && (play || around)) this.#emit('play', { segment, around });
  }

  /** Asks the player to go to time t (seconds). */
  seek(t) {
    this.#emit('seek', t);
  }

  /** The player reports where it is. */
  setTime(t) {
    this.time = t;
    this.#emit('time', t);
  }

  /** Saves accepted/rejected on the server, then tells the page; throws the server's error on failure. */
  async decide(segment, decision) {
    if (this.readOnly || segment.decision === decision) return;
    await api(`/api/videos/${encodeURIComponent(this.jobId)}/segments/${encodeURIComponent(segment.id)}`,
      { method: 'PATCH', body: { decision } });
    segment.decision = decision;
    this.#emit('decision', segment);
  }
}
