package io.roughcut.web;

import io.roughcut.pipeline.ChunkState;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One chunk of a job, for the chunk grid: the part of the video it owns (seconds), its file's size, and how its
 * analysis went. Immutable.
 *
 * @param cutsFound cuts this chunk's analysis found, once it is complete
 * @param attempts  analyses tried so far
 * @param error     why its last try failed, or null
 */
@Schema(name = "Chunk")
public record ChunkView(int index, ChunkState status, double start, double end, double duration, long sizeBytes,
                        Integer cutsFound, int attempts, String error) {
}
