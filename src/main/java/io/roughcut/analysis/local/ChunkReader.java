package io.roughcut.analysis.local;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.media.FfmpegException;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FrameTable;
import io.roughcut.media.LumaFrames;
import io.roughcut.media.VideoStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Measures a chunk file: its audio in one FFmpeg process that decodes the sound alone to PCM for {@link
 * PcmMeter}, and its picture only where the frame sizes say it may be black or frozen ({@link
 * PictureWindows}), each such window decoded to small grey pictures for {@link PictureMeter}. A chunk whose
 * picture moves throughout costs about one audio decode. Thread-safe: every call starts its own processes.
 */
final class ChunkReader {

    /**
     * What one chunk file holds. {@code audio} is null when it was not asked for; {@code picture} is null when
     * the picture was not looked at.
     */
    record Measured(AudioLevels audio, Picture picture) {
    }

    /**
     * What the picture showed, in seconds of the chunk's file.
     *
     * @param black      stretches of black picture
     * @param frozen     stretches where the picture stayed the same
     * @param stillShare the share of the chunk's picture, black apart, that did not change, judged from the
     *                   frame sizes: a black stretch is a still picture too, but says nothing of what was filmed
     */
    record Picture(List<Interval> black, List<Interval> frozen, double stillShare) {

        Picture {
            black = List.copyOf(black);
            frozen = List.copyOf(frozen);
        }
    }

    // first_pts=0 pads or trims the start so that sample 0 is the file's t=0, even when the chunk's audio
    // starts a few milliseconds off its video; async fills gaps, so sample times stay file times. FFmpeg hands
    // every frame from thread to thread, and an AAC frame is 21 ms: asetnsamples makes them about a second long
    // (the last one as short as it is), which takes a fifth off the decode's time with the same samples out.
    private static final String AUDIO_FILTERS = "aresample=async=1:first_pts=0,asetnsamples=n=48000:p=0";
    // Decoding is far faster than real time; this only stops a run that hangs.
    private static final double TIMEOUT_PER_SECOND = 2.0;
    private static final Duration MIN_TIMEOUT = Duration.ofMinutes(2);
    // A second of picture decoded costs about as much as this many seconds of sound, for the progress shown.
    private static final double PICTURE_COST = 5;

    private final FfmpegRunner ffmpeg;
    private final LumaFrames pictures;

    ChunkReader(FfmpegRunner ffmpeg) {
        this.ffmpeg = ffmpeg;
        this.pictures = new LumaFrames(ffmpeg);
    }

    /**
     * @param pcm             the audio format to measure, or null for no audio
     * @param video           the picture to look at, or null to leave it alone
     * @param shortestFault   the shortest black or frozen stretch worth finding, in seconds
     * @param measured        told the share of the chunk measured so far, from 0 to 1
     */
    Measured read(Path file, PcmFormat pcm, VideoStream video, double shortestFault, double fileDuration,
                  DoubleConsumer measured) {
        PictureWindows windows = video == null ? null : windows(file, video, shortestFault);
        double pictureWork = windows == null ? 0 : PICTURE_COST * windows.decodeSeconds();
        double audioWork = pcm == null ? 0 : fileDuration;
        double total = Math.max(1e-9, audioWork + pictureWork);
        AudioLevels audio = pcm == null ? null
                : audio(file, pcm, fileDuration, seconds -> measured.accept(Math.min(seconds, audioWork) / total));
        Picture picture = windows == null ? null : picture(file, video, windows, fileDuration,
                seconds -> measured.accept((audioWork + PICTURE_COST * seconds) / total));
        return new Measured(audio, picture);
    }

    /**
     * The share of a whole recording's time whose frames are tiny, that is whose picture stays still: from the
     * MP4 index alone, nothing decoded. Black counts as still here, which a talk holds little of.
     */
    double stillShare(Path file, VideoStream video) {
        PictureWindows windows = windows(file, video, Double.POSITIVE_INFINITY);
        return windows.seconds() > 0 ? windows.stillSeconds() / windows.seconds() : 0;
    }

    private PictureWindows windows(Path file, VideoStream video, double shortestFault) {
        try {
            return PictureWindows.of(FrameTable.read(ffmpeg, file), video.width(), video.height(), shortestFault);
        } catch (FfmpegException e) {
            throw failed(file, e);
        }
    }

    private AudioLevels audio(Path file, PcmFormat pcm, double fileDuration, DoubleConsumer secondsRead) {
        // -vn on the input: the video's packets are not even handed on, let alone decoded.
        List<String> args = new ArrayList<>(List.of("-nostats", "-vn", "-sn", "-dn", "-i", file.toString(),
                "-map", "0:a:0", "-af", AUDIO_FILTERS));
        args.addAll(pcm.outputArgs());
        Duration timeout = timeout(fileDuration);
        long started = System.nanoTime();
        try {
            return ffmpeg.ffmpegStream(args, timeout, stdout -> pcm.meter().read(stdout, secondsRead));
        } catch (FfmpegException e) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0) {
                throw new ChunkTooLongException("Measuring " + file.getFileName() + " took longer than "
                        + timeout.toSeconds() + " s; analyse it in smaller chunks.", e);
            }
            throw failed(file, e);
        }
    }

    private Picture picture(Path file, VideoStream video, PictureWindows windows, double fileDuration,
                            DoubleConsumer secondsDecoded) {
        int height = LumaFrames.heightFor(video.width(), video.height());
        List<Interval> black = new ArrayList<>();
        List<Interval> frozen = new ArrayList<>();
        double decoded = 0;
        try {
            for (Interval window : windows.windows()) {
                PictureMeter meter = new PictureMeter();
                LumaFrames.Decoded shown = pictures.read(file, window.start(), window.end(), height, meter);
                PictureMeter.Stretches found = meter.stretches(shown.times(), Math.min(window.end(), fileDuration));
                black.addAll(found.black());
                frozen.addAll(found.frozen());
                decoded += window.length();
                secondsDecoded.accept(decoded);
            }
        } catch (FfmpegException e) {
            throw failed(file, e);
        }
        double blackSeconds = black.stream().mapToDouble(Interval::length).sum();
        double shown = windows.seconds() - blackSeconds;
        double stillShare = shown > 0 ? Math.max(0, windows.stillSeconds() - blackSeconds) / shown : 0;
        return new Picture(black, frozen, stillShare);
    }

    private static Duration timeout(double fileDuration) {
        return MIN_TIMEOUT.plusMillis((long) (fileDuration * TIMEOUT_PER_SECOND * 1000));
    }

    private static AnalysisException failed(Path file, FfmpegException e) {
        return new AnalysisException("Could not measure the sound and picture of " + file.getFileName()
                + ": " + e.getMessage() + " Check that the chunk file is a complete MP4.", e);
    }
}
