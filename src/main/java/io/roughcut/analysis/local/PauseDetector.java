package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Silences of at least the minimum pause become cuts of category {@code pause}, keeping the margin on
 * each side. A silence that reaches the start or the end of the recording is {@code dead_air}, cut right
 * to that edge.
 */
final class PauseDetector implements Detector {

    static final String KIND = "silence";
    // A click or a breath shorter than this does not end a silence.
    private static final int BRIDGED_FRAMES = 3;
    // How far below the threshold, and how many minimum pauses long, a silence must be for full confidence.
    private static final double FULL_DEPTH_DB = 20;
    private static final double FULL_LENGTH_PAUSES = 3;

    private final LocalSettings settings;

    PauseDetector(LocalSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Segment> detect(ChunkSignals signals) {
        AudioLevels audio = signals.audio();
        if (audio == null) {
            return List.of();
        }
        float[] db = audio.frameDb();
        int frames = audio.frames();
        double threshold = signals.thresholdDb();
        List<Segment> segments = new ArrayList<>();
        for (int[] run : silences(db, frames, threshold)) {
            int start = run[0];
            int end = run[1];
            double sum = 0;
            for (int k = start; k < end; k++) {
                sum += Math.min(threshold, db[k]);
            }
            double rawStart = start * audio.frameSeconds();
            double rawEnd = Math.min(end * audio.frameSeconds(), audio.durationSeconds());
            double depth = threshold - sum / (end - start);
            DetectedEvent event = new DetectedEvent(KIND, Category.PAUSE, rawStart, rawEnd,
                    settings.minPauseSeconds(), settings.marginSeconds(), confidence(depth, rawEnd - rawStart),
                    audio.durationSeconds());
            if (signals.edges().touchesRecordingEdge(event)) {
                event = new DetectedEvent(KIND, Category.DEAD_AIR, rawStart, rawEnd, settings.minPauseSeconds(),
                        settings.marginSeconds(), event.confidence(), audio.durationSeconds());
            }
            signals.edges().shape(event).ifPresent(segments::add);
        }
        return segments;
    }

    /**
     * The silences among the first {@code frames} levels: runs of frames below {@code threshold}, stepping over
     * sounds too short to end one. Each run is {@code {first frame, frame after the last}}, in order.
     */
    static List<int[]> silences(float[] db, int frames, double threshold) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < frames) {
            if (db[i] >= threshold) {
                i++;
                continue;
            }
            int end = silenceEnd(db, frames, i, threshold);
            runs.add(new int[] {i, end});
            i = end;
        }
        return runs;
    }

    /** The frame after the silence that starts at {@code from}, stepping over sounds too short to count. */
    private static int silenceEnd(float[] db, int frames, int from, double threshold) {
        int i = from;
        while (true) {
            while (i < frames && db[i] < threshold) {
                i++;
            }
            int loud = i;
            while (loud < frames && loud - i < BRIDGED_FRAMES && db[loud] >= threshold) {
                loud++;
            }
            if (loud < frames && loud - i < BRIDGED_FRAMES && loud > i) {
                i = loud;
            } else {
                return i;
            }
        }
    }

    private double confidence(double depthDb, double seconds) {
        double depth = Math.min(1, Math.max(0, depthDb / FULL_DEPTH_DB));
        double length = Math.min(1, seconds / (FULL_LENGTH_PAUSES * settings.minPauseSeconds()));
        return Math.min(0.99, 0.6 + 0.2 * depth + 0.2 * length);
    }
}
