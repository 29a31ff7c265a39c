package io.roughcut.analysis.local;

import io.roughcut.analysis.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Frozen picture of at least {@link LocalSettings#minFreezeSeconds()} becomes a {@code technical} cut. A
 * black picture is frozen too; a freeze that is mostly black is left to {@link BlackDetector}, so one fault
 * is not reported twice. Over slides a still picture is normal, so there only the part of a freeze where the
 * sound is silent too counts: dead air, picture and sound. One while someone talks is proposed for review
 * (see {@link PictureFaults}).
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
        List<Interval> frozen = signals.frozen().stream()
                .filter(f -> blackPart(f, signals.black()) <= f.length() / 2)
                .toList();
        if (signals.slides()) {
            frozen = silentParts(frozen, signals);
        }
        return PictureFaults.shape(signals, frozen, KIND, settings.minFreezeSeconds(), CONFIDENCE);
    }

    private static List<Interval> silentParts(List<Interval> frozen, ChunkSignals signals) {
        if (signals.audio() == null) {
            return frozen;
        }
        List<Interval> parts = new ArrayList<>();
        for (Interval f : frozen) {
            for (Interval s : signals.silences()) {
                double start = Math.max(f.start(), s.start());
                double end = Math.min(f.end(), s.end());
                if (end > start) {
                    parts.add(new Interval(start, end));
                }
            }
        }
        return parts;
    }

    private static double blackPart(Interval frozen, List<Interval> black) {
        double sum = 0;
        for (Interval b : black) {
            sum += frozen.overlap(b);
        }
        return sum;
    }
}
