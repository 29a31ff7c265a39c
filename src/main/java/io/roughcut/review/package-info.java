/**
 * Reviewing a cut list: the reviewer's edits to cuts (moved edges, splits, merges, cuts of their own) and
 * decisions, saved in batches so that a bulk decision or an undo is one request, and the waveform the review
 * page draws. The cut list itself stays the analysis's; {@link io.roughcut.cutlist.CutList#withEdits} applies
 * the edits wherever the result is read, so every export sees them.
 */
package io.roughcut.review;
