package io.roughcut.analysis.local;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.media.FfmpegException;
import io.roughcut.media.FfmpegRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a chunk file in one FFmpeg process: the audio is decoded to PCM on standard output and
 * measured by {@link PcmMeter}, while a small copy of the picture runs through blackdetect and
 * freezedetect, whose findings arrive on stderr. Thread-safe: every call starts its own process.
 */
final class ChunkReader {

    /** What one chunk file holds; {@code audio} is null when it was not asked for. */
    record Measured(AudioLevels audio, List<Interval> black, List<Interval> frozen) {
    }

    // Black and freeze need no detail: a 160 pixel wide copy is as black, and as still, as the original.
    // Every frame is kept, so times stay within one frame of the truth. A repeated frame that was encoded
    // as such differs from its original by far less than -80 dB; the usual -60 dB calls a still picture
    // with a running clock in a corner frozen.
    private static final String VIDEO_FILTERS =
            "scale=160:-2:flags=fast_bilinear,blackdetect=d=0:pix_th=0.10,freezedetect=n=-80dB:d=0.1";
    // first_pts=0 pads or trims the start so that sample 0 is the file's t=0, even when the chunk's audio
    // starts a few milliseconds off its video; async fills gaps, so sample times stay file times.
    private static final String AUDIO_FILTERS = "aresample=async=1:first_pts=0";
    // Decoding is far faster than real time; this only stops a run that hangs.
    private static final double TIMEOUT_PER_SECOND = 2.0;
    private static final Duration MIN_TIMEOUT = Duration.ofMinutes(2);

    private final FfmpegRunner ffmpeg;

    ChunkReader(FfmpegRunner ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** @param pcm the audio format to measure, or null for no audio */
    Measured read(Path file, PcmFormat pcm, boolean video, double fileDuration) {
        if (pcm == null && !video) {
            return new Measured(null, List.of(), List.of());
        }
        List<String> args = new ArrayList<>(List.of("-nostats", "-i", file.toString()));
        if (pcm != null) {
            args.addAll(List.of("-map", "0:a:0", "-af", AUDIO_FILTERS));
            args.addAll(pcm.outputArgs());
        }
        if (video) {
            args.addAll(List.of("-map", "0:v:0", "-vf", VIDEO_FILTERS, "-f", "null", "-"));
        }
        VideoFilterLog log = new VideoFilterLog();
        Duration timeout = MIN_TIMEOUT.plusMillis((long) (fileDuration * TIMEOUT_PER_SECOND * 1000));
        long started = System.nanoTime();
        try {
            AudioLevels audio = ffmpeg.ffmpegStream(args, timeout,
                    pcm != null ? pcm.meter()::read : stdout -> null, log);
            return new Measured(audio, log.black(), log.frozen(fileDuration));
        } catch (FfmpegException e) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0) {
                throw new ChunkTooLongException("Measuring " + file.getFileName() + " took longer than "
                        + timeout.toSeconds() + " s; analyse it in smaller chunks.", e);
            }
            throw new AnalysisException("Could not measure the sound and picture of " + file.getFileName()
                    + ": " + e.getMessage() + " Check that the chunk file is a complete MP4.", e);
        }
    }
}
