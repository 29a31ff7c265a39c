package io.roughcut.media;

import java.util.List;

/**
 * How a normalised recording is split: consecutive chunks that start on keyframes and together cover
 * the whole recording. A value that can be printed and tested; the cutter executes it. Immutable.
 *
 * @param maxChunkBytes   the hard limit on a chunk file's size (500 MB by default)
 * @param maxChunkSeconds the cap on a chunk's duration, or {@code Double.POSITIVE_INFINITY} for none
 * @param overlapSeconds  how far each chunk's file runs into the next chunk
 */
public record ChunkPlan(List<PlannedChunk> chunks, double totalDuration, long maxChunkBytes, double maxChunkSeconds,
                        double overlapSeconds) {

    public ChunkPlan {
        chunks = List.copyOf(chunks);
    }

    public int size() {
        return chunks.size();
    }
}
