package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Frozen picture of at least {@link LocalSettings#minFreezeSeconds()} becomes a {@code technical} cut. A
 * black picture is frozen too; a freeze that is mostly black is left to {@link BlackDetector}, so one fault
 * is not reported twice.
 */
final class FreezeDetector implements Detector {

    static final String KIND = "frozen video";
    private static final double CONFIDENCE = 0.85;

    private final LocalSettings settings;

    FreezeDetector(LocalSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Segment> detect(ChunkSignals signals) {
        List<Segment> segments = new ArrayList<>();
        for (Interval frozen : signals.frozen()) {
            if (blackPart(frozen, signals.black()) > frozen.length() / 2) {
                continue;
            }
            signals.edges().shape(new DetectedEvent(KIND, Category.TECHNICAL, frozen.start(), frozen.end(),
                    settings.minFreezeSeconds(), 0, CONFIDENCE, Double.POSITIVE_INFINITY)).ifPresent(segments::add);
        }
        return segments;
    }

    private static double blackPart(Interval frozen, List<Interval> black) {
        double sum = 0;
        for (Interval b : black) {
            sum += frozen.overlap(b);
        }
        return sum;
    }
}
