package io.roughcut.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Decodes a stretch of a file's video as small grey pictures: the luma plane, scaled to {@link #WIDTH}
 * pixels wide, of every frame in presentation order, no frame dropped or repeated. Black and frozen video
 * need no more detail than that, and a picture this small costs nothing to judge in Java. Thread-safe: every
 * call starts its own process.
 */
public final class LumaFrames {

    /** Wide enough that a clock in a corner of the picture still changes pixels. */
    public static final int WIDTH = 160;

    /** Receives each decoded picture; the array is reused for the next one. */
    @FunctionalInterface
    public interface Sink {
        void picture(byte[] luma);
    }

    /**
     * What one stretch held.
     *
     * @param times  when each picture handed to the sink is shown, in seconds of the file, in order
     * @param width  the pictures' width in pixels
     * @param height the pictures' height in pixels
     */
    public record Decoded(double[] times, int width, int height) {
    }

    private static final String PTS_TIME = "pts_time:";
    // Decoding is far faster than real time; this only stops a run that hangs.
    private static final double TIMEOUT_PER_SECOND = 2.0;
    private static final Duration MIN_TIMEOUT = Duration.ofMinutes(1);

    private final FfmpegRunner ffmpeg;

    public LumaFrames(FfmpegRunner ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * Decodes the frames shown from {@code from} (best a keyframe's time, where decoding can start at once)
     * until {@code to}.
     *
     * @param height the pictures' height for the file's aspect ratio at {@link #WIDTH}, even
     */
    public Decoded read(Path file, double from, double to, int height, Sink sink) {
        // -copyts keeps the file's own times, so showinfo reports them and not times from the seek point.
        // Without the loop filter h264 decodes a fifth faster, and a 160 pixel picture cannot tell.
        List<String> args = List.of("-nostats", "-skip_loop_filter", "all", "-copyts",
                "-ss", seconds(from), "-t", seconds(to - from), "-an", "-sn", "-dn", "-i", file.toString(),
                "-map", "0:v:0", "-vf", "scale=" + WIDTH + ":" + height + ":flags=fast_bilinear,format=yuv420p,extractplanes=y,showinfo",
                "-fps_mode", "passthrough", "-pix_fmt", "gray", "-f", "rawvideo", "pipe:1");
        List<Double> times = new ArrayList<>();
        Consumer<String> log = line -> {
            int at = line.indexOf(PTS_TIME);
            if (at >= 0 && line.contains("showinfo")) {
                int end = line.indexOf(' ', at + PTS_TIME.length());
                String value = line.substring(at + PTS_TIME.length(), end < 0 ? line.length() : end);
                synchronized (times) {
                    times.add(Double.parseDouble(value));
                }
            }
        };
        Duration timeout = MIN_TIMEOUT.plusMillis((long) ((to - from) * TIMEOUT_PER_SECOND * 1000));
        int pictures = ffmpeg.ffmpegStream(args, timeout, stdout -> pipe(stdout, WIDTH * height, sink), log);
        synchronized (times) {
            // showinfo logs every frame it passes on; the pipe gets the same frames in the same order.
            int n = Math.min(pictures, times.size());
            double[] shown = new double[n];
            for (int i = 0; i < n; i++) {
                shown[i] = times.get(i);
            }
            return new Decoded(shown, WIDTH, height);
        }
    }

    /** The even height of a picture {@link #WIDTH} wide with this aspect ratio. */
    public static int heightFor(int width, int height) {
        if (width <= 0 || height <= 0) {
            return WIDTH * 9 / 16;
        }
        return Math.max(2, (int) Math.round((double) WIDTH * height / width / 2) * 2);
    }

    private static int pipe(InputStream in, int pictureBytes, Sink sink) throws IOException {
        byte[] picture = new byte[pictureBytes];
        int count = 0;
        while (in.readNBytes(picture, 0, pictureBytes) == pictureBytes) {
            sink.picture(picture);
            count++;
        }
        return count;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.6f", Math.max(0, value));
    }
}
