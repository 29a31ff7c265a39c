package io.roughcut.pipeline;

import java.util.UUID;

/**
 * Moves a person's review (decisions and edits) from a job's earlier result onto the result that replaces it,
 * when the job is analysed again with other settings. Called by the aggregate task inside its fenced
 * transaction, before the new result is saved, so a task that lost its claim changes nothing. Implementations
 * are thread-safe.
 */
public interface ReviewCarryOver {

    /**
     * @param earlierResult the result JSON the job has now, as the analysis made it
     * @param newResult     the result JSON about to replace it
     * @return a line for the job's log that says what was kept
     */
    String carry(UUID jobId, String earlierResult, String newResult);
}
