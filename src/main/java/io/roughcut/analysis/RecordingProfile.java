package io.roughcut.analysis;

/**
 * What an analyser learns once from the whole recording and then shares with every chunk, so chunks of
 * one recording are judged alike: the local analyser's noise floor and speech level, in dBFS. A plain
 * value so that it can be stored between the prepare and analyse steps of a distributed job. Immutable.
 *
 * @param noiseFloorDb  the level of the room between words, or NaN when unknown
 * @param speechLevelDb the typical level of speech, or NaN when unknown
 */
public record RecordingProfile(double noiseFloorDb, double speechLevelDb) {

    /** For analysers that need nothing from the whole recording, and for recordings without audio. */
    public static final RecordingProfile NONE = new RecordingProfile(Double.NaN, Double.NaN);

    public boolean isKnown() {
        return !Double.isNaN(noiseFloorDb) && !Double.isNaN(speechLevelDb);
    }
}
