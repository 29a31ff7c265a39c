package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Timecode;
import io.roughcut.cutlist.TimeRange;
import io.roughcut.media.FrameRate;
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
 * <p>Timecode is always NON-DROP FRAME, counted with the timecode base (30 for 29.97 fps). A frame number
 * maps to exactly one non-drop label, and both editors turn the labels back into the same frame numbers
 * whatever they display, so the cuts land on the right frames; drop-frame labels would only rename the same
 * frames, at the price of a counting rule to get wrong and a {@code ;} separator that must agree with the
 * FCM line. The price of non-drop at 29.97 is that labels run 0.1% ahead of the clock (3.6 s an hour).
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
    public String contentType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public String fileExtension() {
        return "edl";
    }

    @Override
    public void write(CutList cutList, OutputStream out) throws IOException {
        FrameRate rate = frameRate(cutList.source().frameRate());
        int base = rate.timecodeBase();
        String clip = oneLine(cutList.source().fileName());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("TITLE: " + title(clip) + "\r\n");
        w.write("FCM: NON-DROP FRAME\r\n\r\n");
        long record = 0;
        int event = 0;
        for (TimeRange kept : cutList.keptRanges()) {
            if (kept.duration() * rate.fps() < 1 - 1e-6) {
                continue;
            }
            long in = frames(kept.start(), rate);
            long length = frames(kept.end(), rate) - in;
            w.write(String.format(Locale.ROOT, "%03d  %-8s %-5s %-8s %s %s %s %s\r\n", ++event, "AX", "AA/V", "C",
                    Timecode.ofFrames(in, base), Timecode.ofFrames(in + length, base),
                    Timecode.ofFrames(record, base), Timecode.ofFrames(record + length, base)));
            w.write("* FROM CLIP NAME: " + clip + "\r\n\r\n");
            record += length;
        }
        w.flush();
    }

    /** The frame a time falls on, rounded, from the exact rational rate: never from a timecode string. */
    static long frames(double seconds, FrameRate rate) {
        return Math.round(seconds * rate.numerator() / rate.denominator());
    }

    static FrameRate frameRate(String rational) {
        if (rational != null) {
            String[] parts = rational.trim().split("/", 2);
            try {
                int numerator = Integer.parseInt(parts[0].trim());
                int denominator = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : 1;
                return new FrameRate(numerator, denominator);
            } catch (IllegalArgumentException e) {
                // falls through to the error below; NumberFormatException is an IllegalArgumentException
            }
        }
        throw new ExportException("The video's frame rate is unknown (" + rational + "), and an EDL counts frames. "
                + "Export the cut list as JSON or CSV instead.");
    }

    private static String title(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String title = (dot > 0 ? fileName.substring(0, dot) : fileName).strip();
        title = title.isEmpty() ? "Roughcut" : title;
        return title.length() > TITLE_LIMIT ? title.substring(0, TITLE_LIMIT) : title;
    }

    /** A name from an upload may hold line breaks, which would start a new EDL statement. */
    private static String oneLine(String name) {
        return name == null ? "" : name.replaceAll("\\p{Cntrl}", " ");
    }
}
