package io.roughcut.upload;

import io.roughcut.upload.UploadRejectedException.Reason;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes a user's file name safe to show and to store in a column. It never becomes part of a path: blobs and
 * work files are named by id.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The last path component, NFC, without control or markup characters, at most 200 characters. */
    public static String sanitize(String raw) {
        if (raw == null) {
            return "video";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}<>:\"|?*`$]", "")
                .replaceAll("\\s+", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 190 - ext.length()) + (ext.isEmpty() ? "" : "." + ext);
        }
        return name.isBlank() ? "video" : name;
    }

    /** The lower-case extension, or "" when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Refuses a name whose extension says it is not a video format Roughcut takes. A name without one passes. */
    public static void requireVideoExtension(String name) {
        String ext = extension(name);
        if (!ext.isEmpty() && !UploadSettings.EXTENSIONS.contains(ext)) {
            throw new UploadRejectedException(Reason.UNSUPPORTED_TYPE, "." + ext + " files are not supported. Upload "
                    + "a video in one of these formats: " + String.join(", ", UploadSettings.EXTENSIONS.stream().sorted().toList()) + ".");
        }
    }
}
