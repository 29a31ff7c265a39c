// Saves review steps to the server (POST /api/videos/{id}/review) in the order they were made. Each step is
// sent as whole states of the cuts it touched, so undo and redo are steps like any. While one request is on
// its way, the steps made meanwhile wait and go together in the next one (the later state of a cut wins):
// a reviewer pressing R as fast as they can sends a request only as often as the server answers, and a
// "too many requests" answer is waited out rather than lost.

import { api } from './api.js';

const RETRY_MS = 2000;

export class Saver {
  /**
   * @param base the job's API address
   * @param {{answered(answer, latest: Set), failed(error), saving(detail)}} on: answered gets the server's
   *        answer and the ids no later step has changed again; saving gets {pending}
   */
  constructor(base, on) {
    this.base = base;
    this.on = on;
    this.waiting = new Map(); // cut id -> the state to send next
    this.waiters = []; // resolvers of the saves in `waiting`
    this.idlers = [];
    this.sending = false;
  }

  /** Whether changes are still on their way to the server. */
  get busy() {
    return this.sending || this.waiting.size > 0;
  }

  /** Resolves once everything saved so far is on the server (or has failed). */
  idle() {
    return this.busy ? new Promise((resolve) => this.idlers.push(resolve)) : Promise.resolve();
  }

  /** Sends the states (cut id -> the cut, or null when it leaves the list); resolves once answered. */
  save(states) {
    for (const [id, cut] of states) this.waiting.set(id, cut);
    const saved = new Promise((resolve) => this.waiters.push(resolve));
    this.on.saving({ pending: true });
    if (!this.sending) this.#send();
    return saved;
  }

  async #send() {
    const batch = this.waiting;
    const waiters = this.waiters;
    this.waiting = new Map();
    this.waiters = [];
    this.sending = true;
    const changes = [...batch].map(([id, cut]) => wire(id, cut));
    try {
      const answer = await api(`${this.base}/review`, { method: 'POST', body: { changes } });
      this.on.answered(answer, new Set([...batch.keys()].filter((id) => !this.waiting.has(id))));
    } catch (error) {
      if (error.status === 429) {
        // The session's request budget refills within seconds: send it all again then, newer states first.
        for (const [id, cut] of batch) if (!this.waiting.has(id)) this.waiting.set(id, cut);
        this.waiters.push(...waiters);
        setTimeout(() => this.#send(), RETRY_MS);
        return;
      }
      // The page is about to show what the server has, so what waits is moot.
      this.waiting.clear();
      waiters.push(...this.waiters.splice(0));
      this.sending = false;
      await this.on.failed(error);
      this.#settle(waiters);
      return;
    }
    this.sending = false;
    if (this.waiting.size) this.#send();
    else this.on.saving({ pending: false });
    this.#settle(waiters);
  }

  #settle(waiters) {
    waiters.forEach((resolve) => resolve());
    if (!this.busy) this.idlers.splice(0).forEach((resolve) => resolve());
  }
}

/** The change that makes the server's cut what the page shows (see the review API's CutChange). */
function wire(id, cut) {
  if (!cut) return { cutId: id, removed: true };
  const change = { cutId: id, decision: cut.decision ?? 'accepted' };
  if (cut.edit === 'added') {
    Object.assign(change, { start: cut.start, end: cut.end, category: cut.category });
    if (cut.like) change.like = cut.like;
  } else if (cut.edit === 'adjusted') {
    Object.assign(change, { start: cut.start, end: cut.end });
  } else {
    change.reset = true;
  }
  return change;
}
