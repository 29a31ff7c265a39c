package io.roughcut.testing;

import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates small media for tests with FFmpeg's lavfi sources, where the ground truth is known by
 * construction. Every test shares one runner on the same FFmpeg the product uses.
 */
public final class TestMedia {

    private static volatile FfmpegRunner runner;

    private TestMedia() {
    }

    public static FfmpegRunner ffmpeg() {
        FfmpegRunner r = runner;
        if (r == null) {
            synchronized (TestMedia.class) {
                if (runner == null) {
                    runner = new FfmpegRunner(FfmpegTools.fromEnvironment());
                }
                r = runner;
            }
        }
        return r;
    }

    /** Runs ffmpeg with these arguments, writing {@code out} as the last one, and returns {@code out}. */
    public static Path generate(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(out.toString());
        ffmpeg().ffmpeg(all, Duration.ofMinutes(2));
        return out;
    }
}
