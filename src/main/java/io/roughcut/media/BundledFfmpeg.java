package io.roughcut.media;

import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;

/** The executables inside the org.bytedeco jar, unpacked to {@code ~/.javacpp/cache} on first use (about 0.7 s). */
final class BundledFfmpeg {

    private BundledFfmpeg() {
    }

    static Path ffmpeg() {
        return load(org.bytedeco.ffmpeg.ffmpeg.class);
    }

    static Path ffprobe() {
        return load(org.bytedeco.ffmpeg.ffprobe.class);
    }

    private static Path load(Class<?> executable) {
        try {
            return Path.of(Loader.load(executable));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            throw new FfmpegException("The bundled FFmpeg does not run on this platform ("
                    + Loader.getPlatform() + "). Install FFmpeg and set FFMPEG_PATH and FFPROBE_PATH.", e);
        }
    }
}
