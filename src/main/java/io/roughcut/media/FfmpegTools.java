package io.roughcut.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the {@code ffmpeg} and {@code ffprobe} executables are. By default they are the ones bundled
 * through Maven (org.bytedeco, a GPL build with libx264); {@code FFMPEG_PATH} and {@code FFPROBE_PATH}
 * point at system binaries instead, for platforms the bundle does not cover. Immutable.
 */
public record FfmpegTools(Path ffmpeg, Path ffprobe) {

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
        return new FfmpegTools(ffmpeg, ffprobe);
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
