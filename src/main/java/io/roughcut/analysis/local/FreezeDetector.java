package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import java.util.List;

/**
 * Frozen picture of at least {@link LocalSettings#minFreezeSeconds()} becomes a {@code technical} cut. A
 * black picture is frozen too; a freeze that is mostly black is left to {@link BlackDetector}, so one fault
 * is not reported twice.
 */
final class FreezeDetector implements Detector {

    static final String KIND = "frozen video";
    private static final double CONFIDENCE = 0.85;
    // The encoder re-draws a frozen picture at every keyframe, slightly differently; freezedetect then
    // sees a frame of motion that is not there.
    private static final double JOIN_GAP_SECONDS = 0.25;

    private final LocalSettings settings;

    FreezeDetector(LocalSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Segment> detect(ChunkSignals signals) {
        List<Interval> frozen = Interval.joined(signals.frozen(), JOIN_GAP_SECONDS).stream()
                .filter(f -> blackPart(f, signals.black()) <= f.length() / 2)
                .toList();
        return signals.edges().shapeFaults(frozen, KIND, Category.TECHNICAL, settings.minFreezeSeconds(), CONFIDENCE,
                signals.videoEnd());
    }

    private static double blackPart(Interval frozen, List<Interval> black) {
        double sum = 0;
        for (Interval b : black) {
            sum += frozen.overlap(b);
        }
        return sum;
    }
}
