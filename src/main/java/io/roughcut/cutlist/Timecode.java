package io.roughcut.cutlist;

import io.roughcut.media.TimecodeFormat;
import java.util.Locale;

/**
 * Formats times for people: {@code HH:MM:SS.mmm} from seconds, and {@code HH:MM:SS:FF} from a frame count.
 * Timecodes are only ever formatted, never parsed back; code computes with seconds or frame counts.
 */
public final class Timecode {

    private Timecode() {
    }

    /** Seconds as {@code HH:MM:SS.mmm}, rounded to the millisecond; 3723.5 gives "01:02:03.500". */
    public static String of(double seconds) {
        long ms = Math.round(Math.max(0, seconds) * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /**
     * A frame count as non-drop-frame {@code HH:MM:SS:FF}, counting {@code timecodeBase} frames to the
     * second (30 for 29.97 fps, so the label runs slightly ahead of the clock, as non-drop timecode does).
     */
    public static String ofFrames(long frames, int timecodeBase) {
        return ofFrames(frames, timecodeBase, false);
    }

    /**
     * A frame count as {@code HH:MM:SS:FF}, or as drop-frame {@code HH:MM:SS;FF} (29.97 and 59.94 only),
     * which skips labels so that the label stays near the clock.
     */
    public static String ofFrames(long frames, int timecodeBase, boolean dropFrame) {
        if (frames < 0 || timecodeBase <= 0) {
            throw new IllegalArgumentException("frames " + frames + " at base " + timecodeBase);
        }
        return new TimecodeFormat(timecodeBase, dropFrame).label(frames);
    }

    /** Seconds rounded to whole milliseconds, the precision of every time in a result. */
    public static double roundMillis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
