package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Digital silence inside speech, at least {@link LocalSettings#minDropoutSeconds()} long and shorter than a
 * pause, becomes a {@code technical} cut: a microphone or transmission fault rather than someone stopping
 * to think. Longer digital silence is a pause, and {@link PauseDetector} reports it.
 */
final class DropoutDetector implements Detector {

    static final String KIND = "audio dropout";
    // Speech must be heard this close before and after: a dropout cuts the sound off, while a noise gate,
    // which also leaves digital silence between phrases, fades it out over a tenth of a second or more.
    private static final double FLANK_SECONDS = 0.04;
    private static final double CONFIDENCE = 0.9;

    private final LocalSettings settings;

    DropoutDetector(LocalSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Segment> detect(ChunkSignals signals) {
        AudioLevels audio = signals.audio();
        if (audio == null) {
            return List.of();
        }
        ChunkEdges edges = signals.edges();
        List<Segment> segments = new ArrayList<>();
        for (Interval run : audio.deadRuns()) {
            DetectedEvent event = new DetectedEvent(KIND, Category.TECHNICAL, run.start(), run.end(),
                    settings.minDropoutSeconds(), 0, CONFIDENCE, audio.durationSeconds());
            boolean atStart = edges.touchesStart(event);
            boolean atEnd = edges.touchesEnd(event);
            if (run.length() >= settings.minPauseSeconds() || edges.touchesRecordingEdge(event) || atStart && atEnd) {
                continue;
            }
            double threshold = signals.thresholdDb();
            boolean speechBefore = atStart || audio.anyAbove(run.start() - FLANK_SECONDS, run.start(), threshold);
            boolean speechAfter = atEnd || audio.anyAbove(run.end(), run.end() + FLANK_SECONDS, threshold);
            if (speechBefore && speechAfter) {
                edges.shape(event).ifPresent(segments::add);
            }
        }
        return segments;
    }
}
