// Undo and redo of review steps. A step is {label, before, after}: for each cut it touched, the cut as it was
// and as it became (null when it was not, or is no longer, in the list). Undoing applies `before`, redoing
// `after`; both are whole states, so applying one twice does no harm.

const LIMIT = 500;

export class History {
  constructor() {
    this.done = [];
    this.undone = [];
  }

  push(step) {
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  /** The step undo would revert, or null. */
  nextUndo() {
    return this.done.at(-1) ?? null;
  }

  /** The step redo would make again, or null. */
  nextRedo() {
    return this.undone.at(-1) ?? null;
  }

  undo() {
    const step = this.done.pop() ?? null;
    if (step) this.undone.push(step);
    return step;
  }

  redo() {
    const step = this.undone.pop() ?? null;
    if (step) this.done.push(step);
    return step;
  }

  clear() {
    this.done = [];
    this.undone = [];
  }
}
