package io.roughcut.analysis.local;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.FfmpegException;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a recording's {@link Waveform}: one decode of its sound, read by the same meter and judged by the
 * same silence threshold as the local analyser's pauses, so the silences it reports are the ones the cuts
 * came from. Costs about as much as the analyser's audio pass (a few seconds for an hour); the service does
 * it once per job and keeps the result. Thread-safe.
 */
public final class WaveformReader {

    /** Quieter than this reads as nothing in a waveform: far below any room tone. */
    public static final double FLOOR_DB = -60;
    /** Shorter gaps than this (between words, say) are not worth snapping to. */
    public static final double MIN_SILENCE_SECONDS = 0.25;
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final FfmpegRunner ffmpeg;
    private final LocalSettings settings;

    public WaveformReader(FfmpegRunner ffmpeg, LocalSettings settings) {
        this.ffmpeg = ffmpeg;
        this.settings = settings;
    }

    /**
     * @param profile the recording's noise floor and speech level as the analysis measured them; when not
     *                known (a Gemini job), they are measured from the whole sound here
     */
    public Waveform read(Recording recording, RecordingProfile profile) {
        MediaInfo info = recording.info();
        if (!info.hasAudio()) {
            return new Waveform(0.01, FLOOR_DB, new byte[0], List.of(), 0);
        }
        PcmFormat format = PcmFormat.of(info.audio());
        List<String> args = new ArrayList<>(List.of("-nostats", "-vn", "-i", recording.file().toString(), "-map", "0:a:0"));
        args.addAll(format.outputArgs());
        AudioLevels audio;
        try {
            audio = ffmpeg.ffmpegStream(args, TIMEOUT, format.meter()::read);
        } catch (FfmpegException e) {
            throw new AnalysisException("Could not read the sound of " + recording.file().getFileName()
                    + " to draw its waveform: " + e.getMessage(), e);
        }
        RecordingProfile known = profile.isKnown() ? profile : LevelProfiler.fromLevels(audio);
        double threshold = known.isKnown() ? SilenceThreshold.dbFor(known, settings.thresholdFraction())
                : Double.NEGATIVE_INFINITY;
        return new Waveform(audio.frameSeconds(), FLOOR_DB, levels(audio), silences(audio, threshold),
                audio.durationSeconds());
    }

    private static byte[] levels(AudioLevels audio) {
        byte[] levels = new byte[audio.frames()];
        float[] db = audio.frameDb();
        for (int i = 0; i < levels.length; i++) {
            double fraction = (db[i] - FLOOR_DB) / -FLOOR_DB;
            levels[i] = (byte) Math.round(255 * Math.max(0, Math.min(1, fraction)));
        }
        return levels;
    }

    private static List<Waveform.Silence> silences(AudioLevels audio, double threshold) {
        List<Waveform.Silence> silences = new ArrayList<>();
        for (int[] run : PauseDetector.silences(audio.frameDb(), audio.frames(), threshold)) {
            double start = run[0] * audio.frameSeconds();
            double end = Math.min(run[1] * audio.frameSeconds(), audio.durationSeconds());
            if (end - start >= MIN_SILENCE_SECONDS - 1e-9) {
                silences.add(new Waveform.Silence(millis(start), millis(end)));
            }
        }
        return silences;
    }

    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
