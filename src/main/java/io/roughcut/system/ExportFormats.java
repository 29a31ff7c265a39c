package io.roughcut.system;

import io.roughcut.export.ExportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The registry's formats as the command line's help and the README list them, so neither is kept by hand. */
final class ExportFormats {

    private ExportFormats() {
    }

    private static final int WIDTH = 78;
    private static final String INDENT = " ".repeat(16);

    /** Lines for {@code analyze --help}: each format's name, label and extension, then what it is for. */
    static List<String> helpLines() {
        List<String> lines = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            String use = f.isRenderedVideo() ? f.editors() + " (with -o OUT.mp4, or --render OUT.mp4 beside another"
                    + " export)" : f.editors();
            lines.add(String.format(Locale.ROOT, "  %-13s %s, .%s", f.id(), f.label(), f.extension()));
            StringBuilder line = new StringBuilder(INDENT);
            for (String word : use.split(" ")) {
                if (line.length() + word.length() + 1 > WIDTH && line.length() > INDENT.length()) {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(INDENT);
                }
                line.append(word).append(' ');
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The README's table of formats: name, file, and what it is for. */
    static String markdownTable() {
        StringBuilder b = new StringBuilder("| format | file | for |\n|---|---|---|\n");
        for (ExportFormat f : ExportFormat.values()) {
            b.append(String.format(Locale.ROOT, "| `%s` | `.%s` %s | %s |%n", f.id(), f.extension(), f.label(),
                    f.editors()));
        }
        return b.toString();
    }
}
