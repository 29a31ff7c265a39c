package io.roughcut.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person should be told about how much of a recording the analysis saw. A truncated MKV or AVI still
 * probes as its full length, because the container's header says so, but its MP4 version ends where the data
 * ends; and a video without sound has no pauses to find. Both used to pass without a word. Stateless.
 */
public final class RecordingNotes {

    /** Less than this much missing is rounding and edit lists, not a truncated file. */
    private static final double TOLERANCE_SECONDS = 1.0;
    private static final double TOLERANCE_FRACTION = 0.02;

    private RecordingNotes() {
    }

    /**
     * @param name       the file's name as its owner knows it
     * @param source     the recording as uploaded
     * @param normalized its MP4 version, which the analysis reads
     * @return one sentence per note, none for a recording that was seen whole with its sound
     */
    public static List<String> of(String name, MediaInfo source, MediaInfo normalized) {
        List<String> notes = new ArrayList<>();
        double claimed = source.durationSeconds();
        double real = normalized.durationSeconds();
        if (claimed - real > Math.max(TOLERANCE_SECONDS, TOLERANCE_FRACTION * claimed)) {
            notes.add(name + " ends at " + clock(real) + " although it says it is " + clock(claimed) + " long: the "
                    + "file is probably truncated, so only its first " + clock(real) + " were analysed. Upload the "
                    + "complete file to have the rest analysed.");
        }
        if (!source.hasAudio()) {
            notes.add(name + " has no sound, so no sound was analysed: there are no pause or dead-air cuts, only the "
                    + "checks of the picture.");
        }
        return notes;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
