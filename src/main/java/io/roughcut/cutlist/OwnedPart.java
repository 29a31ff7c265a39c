package io.roughcut.cutlist;

import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.media.PlannedChunk;
import java.util.List;
import java.util.Optional;

/**
 * Step one of aggregation: a chunk-relative segment becomes an absolute piece of the part of the recording
 * its chunk owns, [start, end). What the analyser saw in the overlap tail [end, fileEnd) belongs to the next
 * chunk, which sees it too; a piece that crosses the end is marked open there, so that the next chunk's
 * continuation joins it ({@link BoundaryJoiner}) instead of duplicating it.
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
        if (!hasNext) {
            end = Math.min(end, edge);
            Fragment closed = f == null ? null : new Fragment(f.kind(), offset + f.rawStart(),
                    Math.min(offset + f.rawEnd(), edge), f.minSeconds(), f.openStart(), false);
            return end - start > EPSILON ? Optional.of(piece(segment, chunk, order, start, end, closed, false))
                    : Optional.empty();
        }
        if (f == null) {
            if (end <= edge + EPSILON) {
                return Optional.of(piece(segment, chunk, order, start, end, null, false));
            }
            // A complete event that runs past the edge, seen whole thanks to the overlap. It keeps its true
            // times: alone it is right, and an open start in the next chunk joins it. One that starts in the
            // tail may be the start of an event the next chunk sees open; if nothing joins it, the next
            // chunk reported it itself and it is dropped.
            Fragment open = new Fragment(null, start, end, 0, false, true);
            return Optional.of(piece(segment, chunk, order, start, end, open, start >= edge - EPSILON));
        }
        double rawStart = offset + f.rawStart();
        double rawEnd = offset + f.rawEnd();
        // An event that starts in the tail belongs to the next chunk. That chunk may see it only as an open
        // start, though, when it begins right at the boundary; this chunk saw where it really starts, so the
        // piece is kept to be joined, and dropped if nothing joins it.
        boolean inTail = rawStart >= edge - EPSILON;
        boolean openEnd = f.openEnd();
        if (rawEnd > edge + EPSILON || end > edge + EPSILON) {
            if (f.openEnd()) {
                // Seen only up to the file's end: keep the owned part; the next chunk's open start continues it.
                end = Math.min(end, edge);
                rawEnd = Math.min(rawEnd, edge);
            }
            // Otherwise the analyser saw the event end inside the overlap, and the piece keeps its true end
            // (and its start, even when the margin puts that past the edge: the joined cut needs it).
            openEnd = true;
        }
        Fragment absolute = new Fragment(f.kind(), rawStart, rawEnd, f.minSeconds(), f.openStart(), openEnd);
        return Optional.of(piece(segment, chunk, order, start, end, absolute, inTail));
    }

    private static Piece piece(Segment s, PlannedChunk chunk, int order, double start, double end, Fragment f,
                               boolean inTail) {
        return new Piece(start, end, s.category(), s.reason(), s.confidence(), s.transcript(), s.source(),
                List.of(chunk.index()), order, f, inTail, s.speechSeconds());
    }
}
