package io.roughcut.export;

import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The accepted cuts as subtitle cues, SubRip (SRT) or WebVTT: one cue per cut, from its start to its end on
 * the recording's own clock, saying its category and reason (and the words, when the analyser heard them).
 * Editors that import subtitles as markers show where each cut is; a player shows them over the video.
 *
 * <p>Text from a model or from speech could end a cue early (a blank line) or fake a timing line
 * ({@code -->}), so line breaks become spaces and arrows are broken; WebVTT also escapes {@code & < >}.
 */
final class MarkerExporter implements Exporter {

    private final ExportFormat format;

    MarkerExporter(ExportFormat format) {
        if (format != ExportFormat.SRT && format != ExportFormat.VTT) {
            throw new IllegalArgumentException("markers are SRT or WebVTT, not " + format);
        }
        this.format = format;
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public void write(CutList cutList, OutputStream out) throws IOException {
        boolean vtt = format == ExportFormat.VTT;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (vtt) {
            w.write("WEBVTT\n\nNOTE\nCuts proposed by Roughcut for " + line(cutList.source().fileName())
                    + ", with their category and reason. Rejected cuts are left out.\n\n");
        }
        int number = 0;
        for (Cut cut : cutList.acceptedCuts()) {
            number++;
            w.write(vtt ? line(cut.id()) : String.valueOf(number));
            w.write("\n" + time(cut.start(), vtt) + " --> " + time(cut.end(), vtt) + "\n");
            w.write(text(label(cut) + ": " + line(cut.reason()), vtt) + "\n");
            if (cut.transcript() != null && !cut.transcript().isBlank()) {
                w.write(text("“" + line(cut.transcript()) + "”", vtt) + "\n");
            }
            w.write("\n");
        }
        w.flush();
    }

    /** {@code HH:MM:SS,mmm} for SRT, {@code HH:MM:SS.mmm} for WebVTT, from the cut's seconds. */
    static String time(double seconds, boolean vtt) {
        long ms = Math.round(Math.max(0, seconds) * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%s%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                vtt ? "." : ",", ms % 1000);
    }

    /** The category as people read it: "filler_words" is "Filler words". */
    static String label(Cut cut) {
        String words = cut.category().id().replace('_', ' ');
        return words.isEmpty() ? "Cut" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String line(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace("-->", "->").strip();
    }

    private static String text(String line, boolean vtt) {
        return vtt ? line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") : line;
    }
}
