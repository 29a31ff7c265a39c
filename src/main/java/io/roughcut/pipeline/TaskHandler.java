package io.roughcut.pipeline;

import io.roughcut.analysis.gemini.ContentBlockedException;
import io.roughcut.analysis.gemini.GeminiConfigurationException;
import io.roughcut.media.InvalidMediaException;
import java.util.List;

/**
 * Runs one type of task. Handlers write their outputs to fixed places (a chunk's row, the job's result), so a
 * task that runs again overwrites and never adds. Thread-safe.
 */
sealed interface TaskHandler permits PrepareTask, AnalyzeChunkTask, AggregateTask {

    TaskType type();

    /** Does the work of a claimed task and returns the tasks it created, for the queue to deliver. */
    List<Task> run(Task task);

    /** Called once the task has failed for the last time; returns the tasks that follow anyway. */
    List<Task> giveUp(Task task, RuntimeException cause);

    /**
     * False for errors that another try cannot fix: a file that is not a video, content Gemini blocks, a
     * missing or wrong Gemini key or model.
     */
    default boolean isRetryable(RuntimeException cause) {
        return !(cause instanceof InvalidMediaException || cause instanceof ContentBlockedException
                || cause instanceof GeminiConfigurationException);
    }
}
