package io.roughcut.pipeline;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One task row. {@code chunkIndex} is -1 for job-level tasks. Immutable. */
public record Task(UUID id, UUID jobId, TaskType type, int chunkIndex, TaskState state, int attempts,
                   OffsetDateTime runAfter, OffsetDateTime claimedAt, String lastError) {

    public static final int NO_CHUNK = -1;
}
