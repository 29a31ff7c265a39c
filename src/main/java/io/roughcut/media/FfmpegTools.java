package io.roughcut.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the {@code ffmpeg} and {@code ffprobe} executables are, and what their processes need in their
 * environment. By default they are the ones bundled through Maven (org.bytedeco, a GPL build with
 * libx264); {@code FFMPEG_PATH} and {@code FFPROBE_PATH} point at system binaries instead, for platforms
 * the bundle does not cover. Immutable.
 *
 * @param environment variables added to the environment of every FFmpeg process
 */
public record FfmpegTools(Path ffmpeg, Path ffprobe, Map<String, String> environment) {

    public FfmpegTools {
        environment = Map.copyOf(environment);
    }

    /** System binaries, run with the environment as it is. */
    public FfmpegTools(Path ffmpeg, Path ffprobe) {
        this(ffmpeg, ffprobe, Map.of());
    }

    /** Honours {@code FFMPEG_PATH} and {@code FFPROBE_PATH}, and falls back to the bundled build. */
    public static FfmpegTools fromEnvironment() {
        return fromEnvironment(System.getenv(), null);
    }

    /**
     * @param ffmpegOverride a path given on the command line ({@code --ffmpeg}), or null. Its ffprobe is
     *                       looked for beside it unless {@code FFPROBE_PATH} says otherwise.
     */
    public static FfmpegTools fromEnvironment(Map<String, String> env, Path ffmpegOverride) {
        Path ffmpeg = ffmpegOverride != null ? ffmpegOverride : pathOrNull(env.get("FFMPEG_PATH"));
        Path ffprobe = pathOrNull(env.get("FFPROBE_PATH"));
        boolean bundled = ffmpeg == null;
        if (ffprobe == null && ffmpeg != null) {
            Path sibling = ffmpeg.resolveSibling(ffmpeg.getFileName().toString().replace("ffmpeg", "ffprobe"));
            if (Files.isExecutable(sibling)) {
                ffprobe = sibling;
            }
        }
        if (ffmpeg == null) {
            ffmpeg = BundledFfmpeg.ffmpeg();
        }
        if (ffprobe == null) {
            ffprobe = BundledFfmpeg.ffprobe();
        }
        requireExecutable(ffmpeg, "FFMPEG_PATH");
        requireExecutable(ffprobe, "FFPROBE_PATH");
        return new FfmpegTools(ffmpeg, ffprobe, bundled ? BundledFfmpeg.environment(env, ffmpeg.getParent()) : Map.of());
    }

    private static Path pathOrNull(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.trim());
    }

    private static void requireExecutable(Path path, String variable) {
        if (!Files.isExecutable(path)) {
            throw new FfmpegException(path + " is not an executable file. Point " + variable
                    + " at a working binary, or unset it to use the bundled FFmpeg.");
        }
    }
}
