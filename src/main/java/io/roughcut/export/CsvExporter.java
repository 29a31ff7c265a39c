package io.roughcut.export;

import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The accepted cuts as a spreadsheet: RFC 4180 (CRLF line ends, fields with commas, quotes or line breaks
 * quoted, quotes doubled), UTF-8 without a byte-order mark. Text that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) gets a leading apostrophe: reasons and transcripts
 * come from a model and from speech, and must never execute in someone's spreadsheet.
 */
final class CsvExporter implements Exporter {

    static final String HEADER =
            "id,start,end,duration,start_timecode,end_timecode,category,confidence,source,reason,transcript";

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }



    @Override
    public void write(CutList cutList, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.write("\r\n");
        for (Cut c : cutList.acceptedCuts()) {
            List<String> cells = List.of(text(c.id()), number(c.start()), number(c.end()), number(c.duration()),
                    text(c.startTimecode()), text(c.endTimecode()), text(c.category().id()), number(c.confidence()),
                    text(c.source().id()), text(c.reason()), text(c.transcript()));
            w.write(String.join(",", cells));
            w.write("\r\n");
        }
        w.flush();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
