package io.roughcut;

import java.util.Locale;

/**
 * Recognises a full disk in an exception. Java has no exception type for ENOSPC or EDQUOT: the operating
 * system's words end up in the message of an {@link java.io.IOException}, so that is where to look.
 */
public final class DiskFull {

    private DiskFull() {
    }

    /** True when {@code e} or one of its causes reports a full disk or an exhausted disk quota. */
    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RoughcutException r && r.fault() == Fault.STORAGE_FULL) {
                return true;
            }
            if (t.getMessage() != null && saysDiskFull(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** True when a message, from Java or from FFmpeg's stderr, says the disk is full. */
    public static boolean saysDiskFull(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("disk quota exceeded");
    }
}
