package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a chunk file begins and ends and which of those ends are also the recording's, and the one rule
 * by which every detector turns an event into a segment there. An event that touches a chunk edge that is
 * not the recording's is emitted whatever its length, cut right to the edge, with a {@link Fragment}, so
 * the aggregator can join it with its continuation and only then apply the minimum. Immutable.
 *
 * @param fileDuration the seconds in the chunk's file
 * @param first        whether the chunk starts the recording
 * @param last         whether the chunk ends the recording
 */
record ChunkEdges(double fileDuration, boolean first, boolean last) {

    /**
     * How close to an edge an event counts as touching it: an AAC frame (21 ms) and a level frame (10 ms),
     * with room to spare, since a chunk's audio may start or end a little off its video.
     */
    static final double TOUCH_SECONDS = 0.05;
    private static final double SHORTEST_CUT = 0.001;

    boolean touchesStart(DetectedEvent event) {
        return event.rawStart() <= TOUCH_SECONDS;
    }

    boolean touchesEnd(DetectedEvent event) {
        return event.rawEnd() >= Math.min(fileDuration, event.signalEnd()) - TOUCH_SECONDS;
    }

    /** True when the event reaches the start or the end of the recording itself. */
    boolean touchesRecordingEdge(DetectedEvent event) {
        return first && touchesStart(event) || last && touchesEnd(event);
    }

    /** Shapes stretches that are faults in themselves: no margin, one kind, category and confidence. */
    List<Segment> shapeFaults(List<Interval> stretches, String kind, Category category, double minSeconds,
                              double confidence, double signalEnd) {
        List<Segment> segments = new ArrayList<>();
        for (Interval s : stretches) {
            shape(new DetectedEvent(kind, category, s.start(), s.end(), minSeconds, 0, confidence, signalEnd))
                    .ifPresent(segments::add);
        }
        return segments;
    }

    Optional<Segment> shape(DetectedEvent event) {
        boolean atStart = touchesStart(event);
        boolean atEnd = touchesEnd(event);
        boolean openStart = atStart && !first;
        boolean openEnd = atEnd && !last;
        if (!openStart && !openEnd && event.length() < event.minSeconds()) {
            return Optional.empty();
        }
        // No margin on an edge: at the recording's edge there is no word to protect, and at a chunk's edge
        // the neighbouring chunk decides.
        double start = atStart ? 0 : event.rawStart() + event.marginSeconds();
        double end = atEnd ? fileDuration : event.rawEnd() - event.marginSeconds();
        // A continuation shorter than the margin still marks the open edge; the join takes the far ends.
        if (openStart) {
            end = Math.max(end, start + SHORTEST_CUT);
        }
        if (openEnd) {
            start = Math.min(start, end - SHORTEST_CUT);
        }
        start = millis(start);
        end = millis(end);
        if (!(end > start)) {
            return Optional.empty();
        }
        Fragment fragment = openStart || openEnd
                ? new Fragment(event.kind(), millis(event.rawStart()), millis(event.rawEnd()), event.minSeconds(),
                        openStart, openEnd)
                : null;
        return Optional.of(new Segment(start, end, event.category(), Fragment.reason(event.length(), event.kind()),
                event.confidence(), null, SegmentSource.LOCAL, fragment));
    }

    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
