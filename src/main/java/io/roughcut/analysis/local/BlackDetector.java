package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import java.util.List;

/**
 * Black picture of at least {@link LocalSettings#minBlackSeconds()} becomes a {@code technical} cut; one
 * while someone talks is proposed for review (see {@link PictureFaults}).
 */
final class BlackDetector implements Detector {

    static final String KIND = "black video";
    private static final double CONFIDENCE = 0.95;

    private final LocalSettings settings;

    BlackDetector(LocalSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Segment> detect(ChunkSignals signals) {
        return PictureFaults.shape(signals, signals.black(), KIND, settings.minBlackSeconds(), CONFIDENCE);
    }
}
