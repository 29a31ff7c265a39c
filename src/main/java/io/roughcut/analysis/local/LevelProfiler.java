package io.roughcut.analysis.local;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.FfmpegException;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Learns a recording's noise floor and speech level from its audio, so every chunk is judged against the
 * same threshold. A short recording is decoded whole; a long one is sampled in windows spread evenly over
 * it, read with input seeking in one FFmpeg process, so the estimate is the same every time for the same
 * file and costs about the same for an hour as for a minute. Thread-safe.
 */
final class LevelProfiler {

    // Every window is one more input that parses the file's whole index (about 50 ms for an hour, which was
    // most of the profile's cost with 8 windows), so four longer windows: 40 s of sound, one in each quarter
    // of the recording, settle the percentiles below.
    static final int WINDOWS = 4;
    static final double WINDOW_SECONDS = 10.0;
    static final double DECODE_WHOLE_BELOW_SECONDS = 60.0;
    // Room tone fills the quiet tenth of a talk; the loud few percent are speech, even in a talk that is
    // mostly silent.
    private static final double FLOOR_PERCENTILE = 0.10;
    private static final double SPEECH_PERCENTILE = 0.97;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final FfmpegRunner ffmpeg;

    LevelProfiler(FfmpegRunner ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    RecordingProfile profile(Recording recording) {
        MediaInfo info = recording.info();
        if (!info.hasAudio()) {
            return RecordingProfile.NONE;
        }
        PcmFormat format = PcmFormat.of(info.audio());
        List<String> args = new ArrayList<>(List.of("-nostats"));
        args.addAll(inputArgs(recording, info.durationSeconds()));
        args.addAll(format.outputArgs());
        try {
            return fromLevels(ffmpeg.ffmpegStream(args, TIMEOUT, format.meter()::read));
        } catch (FfmpegException e) {
            throw new AnalysisException("Could not read the sound of " + recording.file().getFileName()
                    + " to set the silence threshold: " + e.getMessage(), e);
        }
    }

    /** The profile of the levels themselves; also the fallback when a chunk arrives without a profile. */
    static RecordingProfile fromLevels(AudioLevels levels) {
        if (levels.frames() == 0) {
            return RecordingProfile.NONE;
        }
        float[] sorted = Arrays.copyOf(levels.frameDb(), levels.frames());
        Arrays.sort(sorted);
        return new RecordingProfile(percentile(sorted, FLOOR_PERCENTILE), percentile(sorted, SPEECH_PERCENTILE));
    }

    private static double percentile(float[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static List<String> inputArgs(Recording recording, double duration) {
        String file = recording.file().toString();
        if (!(duration >= DECODE_WHOLE_BELOW_SECONDS)) {
            return List.of("-i", file, "-map", "0:a:0");
        }
        List<String> args = new ArrayList<>();
        StringBuilder graph = new StringBuilder();
        for (int k = 0; k < WINDOWS; k++) {
            double start = Math.max(0, (k + 0.5) * duration / WINDOWS - WINDOW_SECONDS / 2);
            // -vn on each input: the demuxers need not queue the picture's packets for nothing.
            args.addAll(List.of("-vn", "-ss", seconds(start), "-t", seconds(WINDOW_SECONDS), "-i", file));
            graph.append('[').append(k).append(":a:0]");
        }
        graph.append("concat=n=").append(WINDOWS).append(":v=0:a=1[a]");
        args.addAll(List.of("-filter_complex", graph.toString(), "-map", "[a]"));
        return args;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
