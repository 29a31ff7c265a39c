package io.roughcut.pipeline;

/**
 * What the prepare step stores on the job's row, so that no later task probes a file again: the original's
 * format and description, how it was normalised, where the normalised recording is, its description and
 * duration (seconds), and its profile: the sound's levels (dB) and the still share of the picture, each null
 * when unknown. Immutable.
 */
public record PreparedFacts(String originalFormat, String normalization, double durationSeconds, String recordingKey,
                            String sourceInfoJson, String recordingInfoJson, Double noiseFloorDb, Double speechLevelDb,
                            Double stillShare) {
}
