package io.roughcut.media;

import io.roughcut.DiskFull;
import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/**
 * FFmpeg or ffprobe failed, timed out or could not be started. The message ends with FFmpeg's own last words.
 * A full disk is {@link Fault#STORAGE_FULL}; anything else is Roughcut's fault.
 */
public final class FfmpegException extends RoughcutException {

    /** FFmpeg exits with AVERROR(ENOSPC) & 0xff, that is 256 - 28, when its output's disk is full. */
    static final int EXIT_DISK_FULL = 228;

    public FfmpegException(String message) {
        super(DiskFull.saysDiskFull(message) ? Fault.STORAGE_FULL : Fault.INTERNAL, message);
    }

    public FfmpegException(String message, Throwable cause) {
        super(DiskFull.saysDiskFull(message) ? Fault.STORAGE_FULL : Fault.INTERNAL, message, cause);
    }

    /** A run that ended with a non-zero exit code; {@code lastLine} is the last line of its stderr. */
    static FfmpegException failed(String program, int exitCode, String lastLine) {
        if (exitCode == EXIT_DISK_FULL || DiskFull.saysDiskFull(lastLine)) {
            return new FfmpegException(program + " stopped because the disk is full (No space left on device). "
                    + "Free some space and try again.");
        }
        return new FfmpegException(program + " failed (exit code " + exitCode + "): " + lastLine);
    }
}
