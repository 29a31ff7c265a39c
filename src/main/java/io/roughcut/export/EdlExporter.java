package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import io.roughcut.media.TimecodeFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A CMX3600 edit decision list of the parts to keep: one cut event per kept part, record times running on
 * from 00:00:00:00, each naming the source file in a {@code * FROM CLIP NAME:} comment, which is how
 * Premiere Pro and DaVinci Resolve link an event to the clip in the project.
 *
 * <p>Source times carry the recording's own timecode: a camera file that starts at 10:00:00:00 has its
 * first frame at source timecode 10:00:00:00, as the editor shows the clip, so the events line up.
 *
 * <p>Timecode is NON-DROP FRAME, counted with the timecode base (30 for 29.97 fps), unless the recording's
 * own timecode is drop frame; then the list is DROP FRAME with {@code ;} before the frames, as the clip's
 * timecode reads in the editor. A frame number maps to exactly one label either way, and both editors turn
 * the labels back into the same frame numbers, so the cuts land on the right frames. The price of non-drop
 * at 29.97 is that labels run 0.1% ahead of the clock (3.6 s an hour).
 *
 * <p>The channel field is {@code AA/V} (video with audio 1 and 2), the standard CMX code for a picture
 * edit with its sound; the non-standard {@code AV} is not in CMX3600.
 */
final class EdlExporter implements Exporter {

    private static final int TITLE_LIMIT = 70;

    @Override
    public ExportFormat format() {
        return ExportFormat.EDL;
    }

    @Override
    public void write(CutList cutList, OutputStream out) throws IOException {
        EditTimeline edit = EditTimeline.of(cutList);
        TimecodeFormat tc = edit.timecode();
        String clip = oneLine(cutList.source().fileName());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("TITLE: " + title(edit.title()) + "\r\n");
        w.write("FCM: " + (tc.dropFrame() ? "DROP FRAME" : "NON-DROP FRAME") + "\r\n\r\n");
        if (cutList.source().variableFrameRate()) {
            // A comment before the first event belongs to no event; editors skip it.
            w.write("* " + oneLine(edit.note()) + "\r\n\r\n");
        }
        int event = 0;
        for (EditTimeline.Clip kept : edit.clips()) {
            long in = edit.startFrame() + kept.sourceIn();
            w.write(String.format(Locale.ROOT, "%03d  %-8s %-5s %-8s %s %s %s %s\r\n", ++event, "AX", "AA/V", "C",
                    tc.label(in), tc.label(in + kept.length()), tc.label(kept.recordIn()), tc.label(kept.recordOut())));
            w.write("* FROM CLIP NAME: " + clip + "\r\n");
            if (cutList.source().path() != null) {
                // Resolve relinks an event to its file by this comment.
                w.write("* SOURCE FILE: " + oneLine(cutList.source().path()) + "\r\n");
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private static String title(String title) {
        String oneLine = oneLine(title);
        return oneLine.length() > TITLE_LIMIT ? oneLine.substring(0, TITLE_LIMIT) : oneLine;
    }

    /** A name from an upload may hold line breaks, which would start a new EDL statement. */
    private static String oneLine(String name) {
        return name == null ? "" : name.replaceAll("\\p{Cntrl}", " ");
    }
}
