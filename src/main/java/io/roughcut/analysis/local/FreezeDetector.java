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
    // The encoder re-draws a frozen picture at every keyframe, slightly differently; freezedetect then
    // sees a frame of motion that is not there.
    private static final double JOIN_GAP_SECONDS = 0.25;

    private final LocalSettings settings;

    FreezeDetector(LocalSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Segment> detect(ChunkSignals signals) {
        List<Segment> segments = new ArrayList<>();
        for (Interval frozen : joined(signals.frozen())) {
            if (blackPart(frozen, signals.black()) > frozen.length() / 2) {
                continue;
            }
            signals.edges().shape(new DetectedEvent(KIND, Category.TECHNICAL, frozen.start(), frozen.end(),
                    settings.minFreezeSeconds(), 0, CONFIDENCE, signals.videoEnd())).ifPresent(segments::add);
        }
        return segments;
    }

    private static List<Interval> joined(List<Interval> frozen) {
        List<Interval> out = new ArrayList<>();
        for (Interval f : frozen) {
            Interval last = out.isEmpty() ? null : out.getLast();
            if (last != null && f.start() - last.end() <= JOIN_GAP_SECONDS) {
                out.set(out.size() - 1, new Interval(last.start(), Math.max(last.end(), f.end())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static double blackPart(Interval frozen, List<Interval> black) {
        double sum = 0;
        for (Interval b : black) {
            sum += frozen.overlap(b);
        }
        return sum;
    }
}
