package io.roughcut.upload;

import io.roughcut.upload.UploadRejectedException.Reason;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes a user's file name safe to show and to store in a column. It never becomes part of a path: blobs and
 * work files are named by id.
 */
public final class FileNames {

    /** The longest name kept, in UTF-16 units (an emoji takes two), well within the 255-character column. */
    static final int MAX_LENGTH = 200;
    /** Longer than this after the last dot is not an extension, just a name with a dot in it. */
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    /**
     * The last path component, NFC, without control or markup characters, at most {@link #MAX_LENGTH} long.
     * A long name is cut between characters as people see them (never inside an emoji or an accented
     * letter), keeping its extension.
     */
    public static String sanitize(String raw) {
        if (raw == null) {
            return "video";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                // Controls, markup and shell characters, and halves of surrogate pairs that a client cut apart.
                .replaceAll("[\\p{Cntrl}\\p{Cs}<>:\"|?*`$]", "")
                .replaceAll("\\s+", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 || name.length() - dot - 1 > MAX_EXTENSION ? "" : name.substring(dot);
            name = cut(name.substring(0, name.length() - ext.length()), MAX_LENGTH - ext.length()).strip() + ext;
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
            String formats = String.join(", ", UploadSettings.EXTENSIONS.stream().sorted().toList());
            throw new UploadRejectedException(Reason.UNSUPPORTED_TYPE, ext.length() <= MAX_EXTENSION
                    ? "." + ext + " files are not supported. Upload a video in one of these formats: " + formats + "."
                    : "The file's name does not end in a video format's extension. Upload a video in one of these "
                            + "formats: " + formats + ".");
        }
    }

    /** The longest start of {@code text} of at most {@code max} UTF-16 units that ends between two graphemes. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        return text.substring(0, graphemes.isBoundary(max) ? max : graphemes.preceding(max));
    }
}
