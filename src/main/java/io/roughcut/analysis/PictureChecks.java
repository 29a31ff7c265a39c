package io.roughcut.analysis;

import java.util.Locale;

/**
 * How the picture is judged. A still picture is normal in a talk over slides or a screen recording, so
 * what counts as a fault depends on what was filmed.
 */
public enum PictureChecks {
    /** The default: a recording whose picture is still for most of its length is judged as slides. */
    AUTO,
    /** Every black stretch and every freeze is a fault, as for a camera. */
    CAMERA,
    /** The picture is not looked at; only the sound is judged. */
    OFF;

    /** The name used on the command line, in uploads and in results. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code id}, or an {@link IllegalArgumentException} that lists the names. */
    public static PictureChecks fromId(String id) {
        for (PictureChecks mode : values()) {
            if (mode.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown picture-checks mode \"" + id + "\" (expected auto, camera or off)");
    }
}
