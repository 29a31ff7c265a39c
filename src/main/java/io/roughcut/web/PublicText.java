package io.roughcut.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a message fit to show to a caller: a server path (under the data directory, the temporary directory,
 * the working directory or the home directory) becomes the caller's file name, and Java class names are
 * dropped. Messages are written to say neither; this is the net under the messages that come from FFmpeg and
 * the operating system. Immutable and thread-safe.
 */
final class PublicText {

    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

    private final Pattern paths;

    PublicText(Path dataDir) {
        List<String> roots = new ArrayList<>();
        roots.add(dataDir.toAbsolutePath().normalize().toString());
        for (String property : List.of("java.io.tmpdir", "user.dir", "user.home")) {
            String value = System.getProperty(property);
            if (value != null && value.length() > 1) {
                roots.add(Path.of(value).toAbsolutePath().normalize().toString());
            }
        }
        // Longest first, so /tmp/x/data is replaced whole rather than as /tmp plus the rest.
        roots.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder();
        for (String root : roots) {
            regex.append(regex.isEmpty() ? "" : "|").append(Pattern.quote(root));
        }
        paths = Pattern.compile("(?:" + regex + ")(?:/[^\\s'\",;:()]*)?");
    }

    /** @param fileName what to call a server path: the caller's file name, or null for "the file" */
    String scrub(String message, String fileName) {
        if (message == null) {
            return null;
        }
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
        String text = paths.matcher(message).replaceAll(Matcher.quoteReplacement(name));
        return CLASS_NAME.matcher(text).replaceAll("");
    }
}
