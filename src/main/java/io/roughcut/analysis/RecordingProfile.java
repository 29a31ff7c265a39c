package io.roughcut.analysis;

/**
 * What an analyser learns once from the whole recording and then shares with every chunk, so chunks of
 * one recording are judged alike: the local analyser's noise floor and speech level, in dBFS, and how much of
 * the picture stays still. A plain value so that it can be stored between the prepare and analyse steps of a
 * distributed job. Immutable.
 *
 * @param noiseFloorDb  the level of the room between words, or NaN when unknown
 * @param speechLevelDb the typical level of speech, or NaN when unknown
 * @param stillShare    the share of the recording's time whose picture does not change, from the frame sizes
 *                      alone (slides and screen recordings are mostly still), or NaN when unknown
 */
public record RecordingProfile(double noiseFloorDb, double speechLevelDb, double stillShare) {

    /** For analysers that need nothing from the whole recording, and for recordings without audio. */
    public static final RecordingProfile NONE = new RecordingProfile(Double.NaN, Double.NaN, Double.NaN);

    /** The sound alone, the picture not looked at. */
    public RecordingProfile(double noiseFloorDb, double speechLevelDb) {
        this(noiseFloorDb, speechLevelDb, Double.NaN);
    }

    /** From what a job row stores, where each part may be missing. */
    public static RecordingProfile stored(Double noiseFloorDb, Double speechLevelDb, Double stillShare) {
        return new RecordingProfile(noiseFloorDb == null || speechLevelDb == null ? Double.NaN : noiseFloorDb,
                noiseFloorDb == null || speechLevelDb == null ? Double.NaN : speechLevelDb,
                stillShare == null ? Double.NaN : stillShare);
    }

    public RecordingProfile withStillShare(double share) {
        return new RecordingProfile(noiseFloorDb, speechLevelDb, share);
    }

    public boolean knowsStillShare() {
        return !Double.isNaN(stillShare);
    }

    public boolean isKnown() {
        return !Double.isNaN(noiseFloorDb) && !Double.isNaN(speechLevelDb);
    }
}
