package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule both picture detectors share: a black or frozen stretch is a fault in the picture, not in the
 * talk, so a cut over it that would remove measured speech carries how much, and is proposed for review
 * rather than applied. Over silence it is a plain cut.
 */
final class PictureFaults {

    private PictureFaults() {
    }

    static List<Segment> shape(ChunkSignals signals, List<Interval> stretches, String kind, double minSeconds,
                               double confidence) {
        List<Segment> segments = new ArrayList<>();
        for (Segment s : signals.edges().shapeFaults(stretches, kind, Category.TECHNICAL, minSeconds, confidence,
                signals.videoEnd())) {
            double speech = signals.speechSeconds(s.start(), s.end());
            segments.add(speech > Segment.REVIEW_SPEECH_SECONDS
                    ? new Segment(s.start(), s.end(), s.category(), Segment.withSpeechNote(s.reason(), speech),
                            s.confidence(), s.transcript(), s.source(), s.fragment(), millis(speech))
                    : s);
        }
        return segments;
    }

    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
