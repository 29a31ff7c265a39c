package io.roughcut.pipeline;

import java.util.UUID;

/**
 * A change worth showing live: the job's state and percent, and, for a chunk event, that chunk's state and
 * cuts found ({@code chunkIndex} is null for job events). Immutable.
 */
public record JobEvent(String type, UUID jobId, String state, int progress, Integer chunkIndex, String chunkState,
                       Integer cutsFound) {

    public static JobEvent job(UUID jobId, JobState state, int progress) {
        return new JobEvent("state", jobId, state.id(), progress, null, null, null);
    }

    public static JobEvent chunk(UUID jobId, JobState state, int progress, int index, ChunkState chunkState,
                                 Integer cutsFound) {
        return new JobEvent("chunk", jobId, state.id(), progress, index, chunkState.id(), cutsFound);
    }
}
