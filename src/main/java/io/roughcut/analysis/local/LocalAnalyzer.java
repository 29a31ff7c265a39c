package io.roughcut.analysis.local;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The offline analyser: measures sound and picture with FFmpeg and finds pauses, dead air, black and
 * frozen video, audio dropouts and clipping, one {@link Detector} each. The silence threshold comes from
 * the recording's {@link #profile}, so every chunk is judged alike and a recording analysed in chunks
 * gives the cuts it gives whole. Thread-safe.
 */
public final class LocalAnalyzer implements Analyzer {

    private final LocalSettings settings;
    private final LevelProfiler profiler;
    private final ChunkReader reader;

    /**
     * @param settings how recordings are judged; a chunk's {@link ChunkInput#options()} override its pause,
     *                 margin and picture checks only where they differ from {@link AnalysisOptions#DEFAULT},
     *                 so the command line's own settings stay in force for a chunk given no options
     */
    public LocalAnalyzer(FfmpegRunner ffmpeg, LocalSettings settings) {
        this.settings = settings;
        this.profiler = new LevelProfiler(ffmpeg);
        this.reader = new ChunkReader(ffmpeg);
    }

    @Override
    public String name() {
        return "local";
    }

    /** The recording's noise floor and speech level, or {@link RecordingProfile#NONE} when it has no sound. */
    @Override
    public RecordingProfile profile(Recording recording) {
        return profiler.profile(recording);
    }

    @Override
    public ChunkAnalysis analyze(ChunkInput chunk) {
        LocalSettings settings = settingsFor(chunk.options());
        MediaInfo recording = chunk.recording();
        PcmFormat pcm = recording.hasAudio() ? PcmFormat.of(recording.audio()) : null;
        boolean video = settings.videoChecks() && recording.video() != null;
        double fileDuration = chunk.chunk().fileDuration();
        ChunkReader.Measured measured = reader.read(chunk.file(), pcm, video, fileDuration);
        RecordingProfile profile = chunk.profile();
        if (!profile.isKnown() && measured.audio() != null) {
            // Without the recording's profile this chunk can only be judged by itself.
            profile = LevelProfiler.fromLevels(measured.audio());
        }
        double threshold = profile.isKnown()
                ? SilenceThreshold.dbFor(profile, settings.thresholdFraction())
                : Double.NEGATIVE_INFINITY;
        double frameSeconds = video ? 1 / recording.video().frameRate().fps() : 0;
        ChunkSignals signals = new ChunkSignals(measured.audio(), measured.black(), measured.frozen(),
                fileDuration - frameSeconds, threshold, new ChunkEdges(fileDuration, chunk.isFirst(), chunk.isLast()));
        List<Segment> segments = new ArrayList<>();
        for (Detector detector : detectors(settings)) {
            segments.addAll(detector.detect(signals));
        }
        segments.sort(Comparator.comparingDouble(Segment::start).thenComparingDouble(Segment::end));
        chunk.measured().accept(1);
        return ChunkAnalysis.of(segments);
    }

    private LocalSettings settingsFor(AnalysisOptions options) {
        if (options.equals(AnalysisOptions.DEFAULT)) {
            return settings;
        }
        return settings.withPause(options.minPauseSeconds(), options.marginSeconds())
                .withVideoChecks(settings.videoChecks() && options.pictureChecks() != PictureChecks.OFF);
    }

    private static List<Detector> detectors(LocalSettings settings) {
        return List.of(new PauseDetector(settings), new DropoutDetector(settings), new ClippingDetector(settings),
                new BlackDetector(settings), new FreezeDetector(settings));
    }
}
