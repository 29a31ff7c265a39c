package io.roughcut.pipeline;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One task row. {@code chunkIndex} is -1 for job-level tasks. While it is PROCESSING, {@code claimToken} names
 * the one claim that may record its outcome and {@code heartbeatAt} says when that claim last showed it was
 * alive; {@code claimedBy} names the process that claimed it last, for people reading the table. Immutable.
 */
public record Task(UUID id, UUID jobId, TaskType type, int chunkIndex, TaskState state, int attempts,
                   OffsetDateTime runAfter, OffsetDateTime claimedAt, UUID claimToken, OffsetDateTime heartbeatAt,
                   String claimedBy, String lastError) {

    public static final int NO_CHUNK = -1;
}
