package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Clipped plateaus (see {@link PcmMeter}), merged when they are closer than {@link LocalSettings#clipMergeSeconds()},
 * become a {@code technical} cut once the merged stretch is long enough to hear: distorted sound.
 */
final class ClippingDetector implements Detector {

    static final String KIND = "clipping";
    // A lone clipped peak is inaudible; a stretch this long of repeated clipping is not.
    static final double MIN_SECONDS = 0.05;
    private static final double CONFIDENCE = 0.7;

    private final LocalSettings settings;

    ClippingDetector(LocalSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Segment> detect(ChunkSignals signals) {
        AudioLevels audio = signals.audio();
        if (audio == null || audio.clipRuns().isEmpty()) {
            return List.of();
        }
        List<Segment> segments = new ArrayList<>();
        Interval group = null;
        for (Interval run : audio.clipRuns()) {
            if (group != null && run.start() - group.end() <= settings.clipMergeSeconds()) {
                group = new Interval(group.start(), run.end());
            } else {
                emit(group, signals, audio, segments);
                group = run;
            }
        }
        emit(group, signals, audio, segments);
        return segments;
    }

    private static void emit(Interval group, ChunkSignals signals, AudioLevels audio, List<Segment> segments) {
        if (group != null) {
            signals.edges().shape(new DetectedEvent(KIND, Category.TECHNICAL, group.start(), group.end(), MIN_SECONDS,
                    0, CONFIDENCE, audio.durationSeconds())).ifPresent(segments::add);
        }
    }
}
