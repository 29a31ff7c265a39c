package io.roughcut.cutlist;

import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.media.PlannedChunk;
import java.util.List;
import java.util.Optional;

/**
 * Step one of aggregation: a chunk-relative segment becomes an absolute piece, limited to the part of the
 * recording its chunk owns, [start, end). What the analyser saw in the overlap tail [end, fileEnd) belongs
 * to the next chunk, which sees it too.
 */
final class OwnedPart {

    /** Below this, two times are the same instant: far under a millisecond, far over rounding error. */
    static final double EPSILON = 1e-6;

    private OwnedPart() {
    }

    /**
     * The piece of {@code segment} that {@code chunk} owns, or empty when all of it belongs to the next chunk.
     *
     * @param order   the chunk's position among the chunks sorted by start
     * @param hasNext whether a chunk follows, whose analysis continues what crosses this chunk's end
     */
    static Optional<Piece> of(PlannedChunk chunk, int order, boolean hasNext, Segment segment) {
        double offset = chunk.start();
        double edge = chunk.end();
        double start = offset + Math.max(0, segment.start());
        double end = offset + segment.end();
        Fragment f = segment.fragment();
        if (f == null) {
            // A complete segment is cut at the edge; the next chunk reports the rest from its own start, and
            // the two touching pieces of one category are merged later (SameCategoryMerger).
            end = Math.min(end, edge);
            return end - start > EPSILON ? Optional.of(piece(segment, chunk, order, start, end, null)) : Optional.empty();
        }
        double rawStart = offset + f.rawStart();
        double rawEnd = offset + f.rawEnd();
        if (rawStart >= edge - EPSILON) {
            return Optional.empty();
        }
        boolean openEnd = f.openEnd();
        if (rawEnd > edge + EPSILON || end > edge + EPSILON) {
            if (!hasNext || f.openEnd()) {
                // Seen only up to the file's end: keep the owned part; the next chunk's open start continues it.
                end = Math.min(end, edge);
                rawEnd = Math.min(rawEnd, edge);
            }
            // When the analyser saw the event end inside the overlap, the piece keeps its true end, so it stands
            // right on its own when the next chunk reports nothing (its part was shorter than the margin), and
            // the next chunk's open start, when there is one, joins it rather than duplicating it. The start
            // side is kept too, even when the margin puts it past the edge: the joined cut needs it.
            openEnd = hasNext;
        }
        Fragment absolute = new Fragment(f.kind(), rawStart, rawEnd, f.minSeconds(), f.openStart(), openEnd);
        return Optional.of(piece(segment, chunk, order, start, end, absolute));
    }

    private static Piece piece(Segment s, PlannedChunk chunk, int order, double start, double end, Fragment f) {
        return new Piece(start, end, s.category(), s.reason(), s.confidence(), s.transcript(), s.source(),
                List.of(chunk.index()), order, f);
    }
}
