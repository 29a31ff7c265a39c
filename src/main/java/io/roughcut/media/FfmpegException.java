package io.roughcut.media;

import io.roughcut.RoughcutException;

/** FFmpeg or ffprobe failed, timed out or could not be started. The message ends with FFmpeg's own last words. */
public final class FfmpegException extends RoughcutException {

    public FfmpegException(String message) {
        super(message);
    }

    public FfmpegException(String message, Throwable cause) {
        super(message, cause);
    }
}
