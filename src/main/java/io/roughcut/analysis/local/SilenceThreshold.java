package io.roughcut.analysis.local;

import io.roughcut.analysis.RecordingProfile;

/** Turns a recording's profile into the level below which a 10 ms frame counts as silence. */
final class SilenceThreshold {

    // Below this much difference between floor and speech the recording has one level only.
    private static final double MIN_CONTRAST_DB = 6;
    // A recording whose loudest part is this quiet holds no speech worth keeping.
    private static final double QUIET_DB = -50;
    // Quieter than this is no room: digital silence from a noise gate or an edit. Measured from there, the
    // threshold would sit so low that the tail of every word counted as speech.
    private static final double LOWEST_FLOOR_DB = -80;

    private SilenceThreshold() {
    }

    /** The threshold in dBFS, {@code fraction} of the way from the noise floor up to the speech level. */
    static double dbFor(RecordingProfile profile, double fraction) {
        double floor = Math.max(LOWEST_FLOOR_DB, profile.noiseFloorDb());
        double speech = profile.speechLevelDb();
        if (speech - floor >= MIN_CONTRAST_DB) {
            return floor + fraction * (speech - floor);
        }
        // One level throughout: all of it is silence if it is quiet, none of it if it is loud.
        return speech < QUIET_DB ? speech + 1 : floor - MIN_CONTRAST_DB;
    }
}
