package io.roughcut.export;

import io.roughcut.cutlist.SourceSummary;
import java.nio.charset.StandardCharsets;

/**
 * How an export names the recording the person uploaded, not Roughcut's normalised copy, so that the editor
 * finds it or can relink it by name. With the full path (the command line) the URL points at the file; the
 * service knows only the file name, so its URL names the file at the root of the disk and the editor asks
 * where it is. Immutable.
 *
 * @param path the absolute path, or null when only the name is known
 */
record SourceFile(String name, String path) {

    static SourceFile of(SourceSummary source) {
        String name = source.fileName() == null || source.fileName().isBlank() ? "recording" : source.fileName();
        return new SourceFile(name, source.path());
    }

    /** A {@code file:///...} URL, as Final Cut Pro writes {@code media-rep src}. */
    String fileUrl() {
        return "file://" + encodedPath();
    }

    /** A {@code file://localhost/...} URL, as Final Cut Pro 7 and Premiere Pro write {@code pathurl}. */
    String localhostUrl() {
        return "file://localhost" + encodedPath();
    }

    /** The file as a local path when known, else its name, which MLT resolves beside the project file. */
    String pathOrName() {
        return path != null ? path : name;
    }

    /**
     * The absolute path with forward slashes, starting with {@code /}, and every byte other than RFC 3986's
     * unreserved characters and {@code /} percent-encoded: spaces, {@code #} and non-ASCII names survive.
     */
    private String encodedPath() {
        String p = (path != null ? path : name).replace('\\', '/');
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        StringBuilder b = new StringBuilder();
        for (byte octet : p.getBytes(StandardCharsets.UTF_8)) {
            int c = octet & 0xFF;
            boolean keep = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            b.append(keep ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return b.toString();
    }
}
