package io.roughcut.pipeline;

import java.util.UUID;

/**
 * One chunk row: where the chunk lies in the normalised recording (seconds), the blob its file is stored
 * under, and what its analysis found (segments as JSON, chunk-relative seconds). Immutable.
 */
public record Chunk(UUID jobId, int index, double start, double end, double fileEnd, long sizeBytes, String blobKey,
                    ChunkState state, int attempts, Integer cutsFound, String segmentsJson, String usageJson,
                    String errorMessage) {

    /** Where chunk {@code index} of a job is kept: a fixed key, so a prepare that runs again overwrites it. */
    public static String blobKey(UUID jobId, int index) {
        return String.format(java.util.Locale.ROOT, "jobs/%s/chunks/%03d.mp4", jobId, index);
    }

    /** The prefix under which all of a job's chunk files are kept. */
    public static String blobPrefix(UUID jobId) {
        return "jobs/" + jobId + "/chunks/";
    }
}
