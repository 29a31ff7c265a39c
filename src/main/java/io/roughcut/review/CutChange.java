package io.roughcut.review;

/**
 * One cut as the reviewer wants it to be after a change, in a batch for {@link Reviews#change}. Every field
 * but {@code cutId} may be left out; a change says only what it sets. Since each change states where a cut
 * ends up rather than how to get there, undoing is sending the cut's earlier state, and sending a change
 * twice does no harm. Times are seconds of the recording.
 *
 * @param cutId    the cut: one of the analysis's, or a new id the page made up for a cut of the reviewer's
 * @param decision {@code accepted}, {@code rejected} or another of {@link io.roughcut.cutlist.Decision}'s ids
 * @param start    with {@code end}: the cut's new extent. For an id the result does not have yet, this adds
 *                 a cut, and {@code category} or {@code like} says what it is
 * @param end      see {@code start}
 * @param removed  the cut leaves the list (as when it was merged into another); for a cut the list does not
 *                 have, nothing happens
 * @param reset    the reviewer's edit of the cut is forgotten: a cut the analysis found is as it found it,
 *                 and a cut the reviewer added is gone
 * @param category for a new cut: its category id, such as {@code pause}
 * @param like     for a new cut: the id of a cut whose category, reason, confidence and source it takes, as
 *                 the second part of a split does
 */
public record CutChange(String cutId, String decision, Double start, Double end, Boolean removed, Boolean reset,
                        String category, String like) {

    /** A decision alone. */
    public static CutChange decide(String cutId, String decision) {
        return new CutChange(cutId, decision, null, null, null, null, null, null);
    }

    /** A new extent for a cut. */
    public static CutChange move(String cutId, double start, double end) {
        return new CutChange(cutId, null, start, end, null, null, null, null);
    }

    boolean removes() {
        return Boolean.TRUE.equals(removed);
    }

    boolean resets() {
        return Boolean.TRUE.equals(reset);
    }
}
