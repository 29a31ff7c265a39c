package io.roughcut.cutlist;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the reviewer made of one cut's extent: its edges moved, its removal (it was merged into another),
 * or a cut of their own. Applied to the analysis's cut list by {@link CutList#withEdits}. Times are seconds
 * of the recording. Immutable.
 *
 * @param cutId   the cut's id: one of the analysis's ({@code s-0007}) or one the reviewer's page made up for
 *                a cut of their own ({@code r-k3x9q2}); see {@link #ID}
 * @param range   where the cut is now; for a removed cut, where it was
 * @param removed the cut is gone from the list. Its edit is kept, so that undoing the merge that removed it
 *                brings it back as it was
 * @param added   what the reviewer's own cut is, or null when the edit is to a cut the analysis found
 */
public record CutEdit(String cutId, TimeRange range, boolean removed, AddedCut added) {

    /** Cut ids: short, and safe in URLs, CSV cells and log lines. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public CutEdit {
        Objects.requireNonNull(range, "range");
        if (cutId == null || !ID.matcher(cutId).matches()) {
            throw new IllegalArgumentException("bad cut id: " + cutId);
        }
    }

    /** A cut the analysis found, moved to {@code range}. */
    public static CutEdit adjusted(String cutId, TimeRange range) {
        return new CutEdit(cutId, range, false, null);
    }

    /** The reviewer's own cut. */
    public static CutEdit added(String cutId, TimeRange range, AddedCut what) {
        return new CutEdit(cutId, range, false, Objects.requireNonNull(what, "what"));
    }

    /** This edit with the cut gone from the list, or back in it. */
    public CutEdit withRemoved(boolean gone) {
        return new CutEdit(cutId, range, gone, added);
    }

    public CutEdit withRange(TimeRange newRange) {
        return new CutEdit(cutId, newRange, removed, added);
    }

    /**
     * What a cut the reviewer made is about. A cut split off an analysed one keeps that cut's category,
     * reason, confidence and source; one drawn by hand is the {@link SegmentSource#REVIEWER}'s, at full
     * confidence. Immutable.
     */
    public record AddedCut(Category category, String reason, double confidence, SegmentSource source) {

        public AddedCut {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(source, "source");
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
            }
        }

        /** A cut the reviewer drew themselves. */
        public static AddedCut byReviewer(Category category) {
            return new AddedCut(category, "Added by the reviewer", 1.0, SegmentSource.REVIEWER);
        }

        /** A cut made from part of {@code cut}, such as the second half of a split. */
        public static AddedCut like(Cut cut) {
            return new AddedCut(cut.category(), cut.reason(), cut.confidence(), cut.source());
        }
    }
}
