package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.cutlist.TimeRange;
import io.roughcut.media.FrameRate;
import io.roughcut.media.TimecodeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The edit that the EDL and the XML formats write: the parts of the recording that the accepted cuts leave,
 * as whole frames at the rate that is written, placed one after another from record frame 0. Every frame
 * number comes from the seconds of the cut list and the exact rational rate, never from a timecode string.
 * Immutable.
 *
 * @param rate         the frame rate counted in; for a variable-rate video, the editing rate its times are
 *                     snapped to (see {@link SourceSummary#frameRate()})
 * @param timecode     how the source's timecode counts: drop frame only when the source says so
 * @param startFrame   the source's start timecode as a frame count: source frame 0 carries this timecode
 * @param sourceFrames the recording's length in frames
 * @param clips        the kept parts, in order
 */
record EditTimeline(SourceSummary source, FrameRate rate, TimecodeFormat timecode, long startFrame, long sourceFrames,
                    List<Clip> clips, int cutsRemoved) {

    /**
     * One kept part: source frames {@code [sourceIn, sourceOut)} at record frame {@code recordIn}.
     * Frame numbers count from the start of the file, not from its timecode.
     */
    record Clip(long sourceIn, long sourceOut, long recordIn) {

        long length() {
            return sourceOut - sourceIn;
        }

        long recordOut() {
            return recordIn + length();
        }
    }

    EditTimeline {
        clips = List.copyOf(clips);
    }

    /**
     * @throws ExportException when the result does not know the video's frame rate
     */
    static EditTimeline of(CutList cutList) {
        SourceSummary source = cutList.source();
        FrameRate rate = FrameRate.parse(source.frameRate()).orElseThrow(() -> new ExportException(
                "The video's frame rate is unknown (" + source.frameRate() + "), and this format counts frames. "
                        + "Export the cut list as JSON or CSV instead."));
        long sourceFrames = frames(source.durationSeconds(), rate);
        List<Clip> clips = new ArrayList<>();
        long record = 0;
        for (TimeRange kept : cutList.keptRanges()) {
            // A part shorter than a frame holds no picture of its own: an editor could not show it.
            if (kept.duration() * rate.fps() < 1 - 1e-6) {
                continue;
            }
            long in = frames(kept.start(), rate);
            long out = Math.min(frames(kept.end(), rate), sourceFrames);
            if (out > in) {
                clips.add(new Clip(in, out, record));
                record += out - in;
            }
        }
        boolean dropFrame = source.dropFrame() && rate.isNtsc() && rate.timecodeBase() % 30 == 0;
        return new EditTimeline(source, rate, new TimecodeFormat(rate.timecodeBase(), dropFrame),
                Math.max(0, source.startFrame()), sourceFrames, clips, cutList.acceptedCuts().size());
    }

    /** The frame a time falls on, rounded, from the exact rational rate. */
    static long frames(double seconds, FrameRate rate) {
        return Math.round(seconds * rate.numerator() / rate.denominator());
    }

    /** The original recording, as the files name it. */
    SourceFile file() {
        return SourceFile.of(source);
    }

    /** The frame size the files declare. */
    Picture picture() {
        return Picture.of(source);
    }

    /** The length of the edit in frames. */
    long recordFrames() {
        return clips.isEmpty() ? 0 : clips.getLast().recordOut();
    }

    /** The rate in frames a second as people write it: "29.97", "25". */
    String rateLabel() {
        return String.format(Locale.ROOT, rate.isInteger() ? "%.0f" : "%.3f", rate.fps())
                .replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** A sentence for people reading the file: where it came from and, for a variable rate, how it was counted. */
    String note() {
        String note = String.format(Locale.ROOT, "Rough cut of %s by Roughcut: %d accepted cut%s removed, %d part%s"
                        + " kept, counted at %s fps.", source.fileName(), cutsRemoved, cutsRemoved == 1 ? "" : "s",
                clips.size(), clips.size() == 1 ? "" : "s", rateLabel());
        if (startFrame > 0) {
            note += " The recording's timecode starts at " + timecode.label(startFrame) + ".";
        }
        if (source.variableFrameRate()) {
            note += " The recording has a variable frame rate; its times are snapped to the " + rateLabel()
                    + " fps frame grid.";
        }
        return note;
    }

    /** The source's name without its extension, for sequence and project names. */
    String title() {
        String name = source.fileName() == null ? "" : source.fileName();
        int dot = name.lastIndexOf('.');
        String title = (dot > 0 ? name.substring(0, dot) : name).strip();
        return title.isEmpty() ? "Roughcut" : title;
    }
}
