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
import io.roughcut.media.VideoStream;
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

    /**
     * In {@code auto} mode, a chunk whose picture is still for more than this share of its time is slides or
     * a screen recording: a talk over them changes the picture only now and then.
     */
    static final double SLIDES_STILL_SHARE = 0.5;

    private final LocalSettings settings;
    private final LevelProfiler profiler;
    private final ChunkReader reader;

    /**
     * @param settings how recordings are judged; a chunk's {@link ChunkInput#options()} override its pause and
     *                 margin only where they differ from {@link AnalysisOptions#DEFAULT}, so the command line's
     *                 own settings stay in force for a chunk given no options. The picture is judged as the
     *                 chunk's options say, and not at all when {@link LocalSettings#videoChecks()} is off
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
        RecordingProfile levels = profiler.profile(recording);
        return settings.videoChecks() && recording.info().video() != null
                ? levels.withStillShare(reader.stillShare(recording.file(), recording.info().video()))
                : levels;
    }

    @Override
    public ChunkAnalysis analyze(ChunkInput chunk) {
        LocalSettings settings = settingsFor(chunk.options());
        PictureChecks mode = settings.videoChecks() ? chunk.options().pictureChecks() : PictureChecks.OFF;
        MediaInfo recording = chunk.recording();
        PcmFormat pcm = recording.hasAudio() ? PcmFormat.of(recording.audio()) : null;
        VideoStream video = mode != PictureChecks.OFF ? recording.video() : null;
        double fileDuration = chunk.chunk().fileDuration();
        ChunkReader.Measured measured = reader.read(chunk.file(), pcm, video,
                Math.min(settings.minBlackSeconds(), settings.minFreezeSeconds()), fileDuration, chunk.measured());
        RecordingProfile profile = chunk.profile();
        if (!profile.isKnown() && measured.audio() != null) {
            // Without the recording's profile this chunk can only be judged by itself.
            profile = LevelProfiler.fromLevels(measured.audio()).withStillShare(chunk.profile().stillShare());
        }
        double threshold = profile.isKnown()
                ? SilenceThreshold.dbFor(profile, settings.thresholdFraction())
                : Double.NEGATIVE_INFINITY;
        double frameSeconds = video != null ? 1 / video.frameRate().fps() : 0;
        // Slides need both the chunk and the whole recording to be mostly still: a short chunk that happens to
        // hold a freeze is not a slide in a camera recording. The chunk's own share leaves its black out, which
        // the recording's share, read from frame sizes alone, cannot.
        boolean slides = mode == PictureChecks.AUTO && measured.picture() != null
                && measured.picture().stillShare() > SLIDES_STILL_SHARE
                && (!profile.knowsStillShare() || profile.stillShare() > SLIDES_STILL_SHARE);
        ChunkSignals signals = new ChunkSignals(measured.audio(), measured.picture(), slides,
                fileDuration - frameSeconds, threshold, silences(measured.audio(), threshold),
                new ChunkEdges(fileDuration, chunk.isFirst(), chunk.isLast()));
        List<Segment> segments = new ArrayList<>();
        for (Detector detector : detectors(settings)) {
            segments.addAll(detector.detect(signals));
        }
        segments.sort(Comparator.comparingDouble(Segment::start).thenComparingDouble(Segment::end));
        chunk.measured().accept(1);
        return ChunkAnalysis.of(segments);
    }

    /** The silences as the pause analysis finds them, at any length: where no word is spoken. */
    private static List<Interval> silences(AudioLevels audio, double threshold) {
        if (audio == null) {
            return List.of();
        }
        List<Interval> silences = new ArrayList<>();
        for (int[] run : PauseDetector.silences(audio.frameDb(), audio.frames(), threshold)) {
            silences.add(new Interval(run[0] * audio.frameSeconds(),
                    Math.min(run[1] * audio.frameSeconds(), audio.durationSeconds())));
        }
        return silences;
    }

    private LocalSettings settingsFor(AnalysisOptions options) {
        if (options.withPictureChecks(AnalysisOptions.DEFAULT.pictureChecks()).equals(AnalysisOptions.DEFAULT)) {
            return settings;
        }
        return settings.withPause(options.minPauseSeconds(), options.marginSeconds());
    }

    private static List<Detector> detectors(LocalSettings settings) {
        return List.of(new PauseDetector(settings), new DropoutDetector(settings), new ClippingDetector(settings),
                new BlackDetector(settings), new FreezeDetector(settings));
    }
}
