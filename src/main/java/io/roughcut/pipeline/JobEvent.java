package io.roughcut.pipeline;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A change worth showing live: the job's state, percent and estimated end ({@link CompletionEstimate}, null
 * while there is none), and, for a chunk event, that chunk's state and cuts found ({@code chunkIndex} is null
 * for job events). A {@code render} event is about the job's rendered cut video instead: its {@code state} is
 * the render's ({@link RenderState}) and its {@code progress} the render's percent. Immutable.
 */
public record JobEvent(String type, UUID jobId, String state, int progress, OffsetDateTime estimatedCompletion,
                       Integer chunkIndex, String chunkState, Integer cutsFound) {

    /** The type of a render event. */
    public static final String RENDER = "render";

    public static JobEvent job(UUID jobId, JobState state, int progress) {
        return job(jobId, state, progress, null);
    }

    public static JobEvent job(UUID jobId, JobState state, int progress, OffsetDateTime estimatedCompletion) {
        return new JobEvent("state", jobId, state.id(), progress, estimatedCompletion, null, null, null);
    }

    public static JobEvent chunk(UUID jobId, JobState state, int progress, int index, ChunkState chunkState,
                                 Integer cutsFound) {
        return chunk(jobId, state, progress, null, index, chunkState, cutsFound);
    }

    public static JobEvent chunk(UUID jobId, JobState state, int progress, OffsetDateTime estimatedCompletion,
                                 int index, ChunkState chunkState, Integer cutsFound) {
        return new JobEvent("chunk", jobId, state.id(), progress, estimatedCompletion, index, chunkState.id(),
                cutsFound);
    }

    /** How the render of the job's cut video stands. */
    public static JobEvent render(UUID jobId, RenderState state, int progress) {
        return new JobEvent(RENDER, jobId, state.id(), progress, null, null, null, null);
    }
}
