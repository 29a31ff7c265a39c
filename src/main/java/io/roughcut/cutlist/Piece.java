package io.roughcut.cutlist;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.SegmentSource;
import java.util.List;
import java.util.TreeSet;

/**
 * A cut in the making, in absolute seconds of the recording. Unlike a {@code Segment}, a piece of a
 * fragment may be empty or inverted on its own (its start may lie past the chunk boundary); only the joined
 * cut must make sense. Package-private working value, immutable.
 *
 * @param chunks   the indexes of the chunks the piece came from
 * @param order    the position of its chunk among the chunks sorted by start; neighbours differ by one
 * @param fragment the analyser's fragment with its times made absolute; for a complete segment that crosses
 *                 its chunk's end, a stand-in with a null kind that only marks it as open there; null for
 *                 every other complete segment
 * @param inTail   the piece lies wholly in its chunk's overlap tail: it stands for the start of an event that
 *                 the next chunk sees open, and is dropped unless that continuation joins it
 * @param speechSeconds the measured speech the piece would remove, as its segment says
 */
record Piece(double start, double end, Category category, String reason, double confidence, String transcript,
             SegmentSource source, List<Integer> chunks, int order, Fragment fragment, boolean inTail,
             double speechSeconds) {

    Piece {
        chunks = List.copyOf(new TreeSet<>(chunks));
    }

    Piece withCategory(Category newCategory) {
        return new Piece(start, end, newCategory, reason, confidence, transcript, source, chunks, order, fragment,
                inTail, speechSeconds);
    }

    boolean isFragment() {
        return fragment != null;
    }

    static SegmentSource combine(SegmentSource a, SegmentSource b) {
        return a == b ? a : SegmentSource.BOTH;
    }
}
