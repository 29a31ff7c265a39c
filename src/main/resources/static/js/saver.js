// Saves review steps to the server, one request per step (POST /api/videos/{id}/review), in the order they
// were made. Each step is sent as whole states of the cuts it touched, so undo and redo are steps like any.

import { api } from './api.js';

export class Saver {
  /**
   * @param base the job's API address
   * @param {{answered(answer, latest: Set), failed(error), saving(detail)}} on: answered gets the server's
   *        answer and the ids no later request is changing again; saving gets {pending}
   */
  constructor(base, on) {
    this.base = base;
    this.on = on;
    this.queue = Promise.resolve();
    this.inFlight = new Map(); // cut id -> requests on their way that touch it
  }

  /** Whether changes are still on their way to the server. */
  get busy() {
    return this.inFlight.size > 0;
  }

  /** Resolves once everything sent so far is saved (or has failed). */
  idle() {
    return this.queue;
  }

  /** Sends the states (cut id -> the cut, or null when it leaves the list); resolves once answered. */
  save(states) {
    const ids = [...states.keys()];
    for (const id of ids) this.inFlight.set(id, (this.inFlight.get(id) ?? 0) + 1);
    const changes = ids.map((id) => wire(id, states.get(id)));
    this.on.saving({ pending: true });
    const sent = this.queue.then(() => api(`${this.base}/review`, { method: 'POST', body: { changes } }));
    this.queue = sent.then((answer) => {
      this.on.answered(answer, new Set(ids.filter((id) => this.#release(id) === 0)));
      this.on.saving({ pending: this.busy });
    }, (error) => {
      ids.forEach((id) => this.#release(id));
      return this.on.failed(error);
    });
    return this.queue;
  }

  #release(id) {
    const left = (this.inFlight.get(id) ?? 1) - 1;
    if (left > 0) this.inFlight.set(id, left);
    else this.inFlight.delete(id);
    return left;
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
