package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
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
        if (audio == null) {
            return List.of();
        }
        List<Interval> groups = Interval.joined(audio.clipRuns(), settings.clipMergeSeconds());
        return signals.edges().shapeFaults(groups, KIND, Category.TECHNICAL, MIN_SECONDS, CONFIDENCE,
                audio.durationSeconds());
    }
}
