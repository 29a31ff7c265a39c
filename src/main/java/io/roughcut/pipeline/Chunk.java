package io.roughcut.pipeline;

import java.util.UUID;

/**
 * One chunk row: where the chunk lies in the normalised recording (seconds), its file in the job's work
 * directory, and what its analysis found (segments as JSON, chunk-relative seconds). Immutable.
 */
public record Chunk(UUID jobId, int index, double start, double end, double fileEnd, long sizeBytes, String fileName,
                    ChunkState state, int attempts, Integer cutsFound, String segmentsJson, String usageJson,
                    String errorMessage) {
}
