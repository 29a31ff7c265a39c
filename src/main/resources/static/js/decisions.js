// The decisions a reviewer can make about a cut, in one table. Everything that shows or sets a decision
// (buttons, keys, the timeline's look, the remaining length) reads it, so another decision is one more
// entry here and in the server's Decision enum.

/**
 * id: the API's name; verb: the button; key: the shortcut; cuts: whether the cut's time leaves the edit;
 * state: what the list says of a cut with this decision; label: a mark the list shows beside the category.
 * Only the decisions with a verb are offered as buttons and keys: review is where the analysis leaves a cut it
 * only proposes (a picture fault while someone talks, which would delete words), so a person accepts or rejects it.
 */
export const DECISIONS = [
  { id: 'accepted', verb: 'Accept', key: 'a', cuts: true, state: 'Will be cut' },
  { id: 'rejected', verb: 'Reject', key: 'r', cuts: false, state: 'Kept in' },
  { id: 'review', verb: null, key: null, cuts: false, state: 'Kept in until you accept it', label: 'To review' },
];

/** The decisions a person makes with a button or a key. */
export const CHOICES = DECISIONS.filter((d) => d.verb);

/** The decision with this id; a cut without one is accepted, as every cut starts. */
export function decisionOf(id) {
  return DECISIONS.find((d) => d.id === id) ?? DECISIONS[0];
}

/** The decision whose shortcut is this key (lower case), or null. */
export function decisionForKey(key) {
  return CHOICES.find((d) => d.key === key) ?? null;
}

/** Whether the cut's time is removed from the edit, as its decision says. */
export function removesTime(cut) {
  return decisionOf(cut.decision).cuts;
}
