package io.roughcut.pipeline;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import io.roughcut.analysis.gemini.ContentBlockedException;
import io.roughcut.analysis.gemini.GeminiConfigurationException;
import io.roughcut.media.InvalidMediaException;
import java.nio.file.Path;

/**
 * Runs one type of task on any host, from rows and blob keys alone. Handlers read what they need from the
 * blob store into the task's scratch directory and write their outputs to fixed places (blob keys, a
 * chunk's row, the job's result), so a task that runs again overwrites and never adds. Their row writes come
 * back as a {@link TaskResult}, which the runner commits only while the task's claim holds. Thread-safe.
 */
sealed interface TaskHandler permits PrepareTask, AnalyzeChunkTask, AggregateTask, RenderTask {

    TaskType type();

    /**
     * Does the work of a claimed task.
     *
     * @param scratch an empty directory of this claim's own, deleted when the task ends
     */
    TaskResult run(Claim claim, Path scratch);

    /** What to write once the task has failed for the last time; it may create the tasks that follow anyway. */
    TaskResult giveUp(Claim claim, RuntimeException cause);

    /** What to write when a try failed and another will follow. */
    default TaskResult retrying(Claim claim, RuntimeException cause) {
        return TaskResult.NOTHING;
    }

    /**
     * False for errors that another try cannot fix: a file that is not a video, content Gemini blocks, a
     * missing or wrong Gemini key or model, and any other refusal that is the upload's own (a spending cap
     * it is over, say), whose fault is not the server's.
     */
    default boolean isRetryable(RuntimeException cause) {
        if (cause instanceof InvalidMediaException || cause instanceof ContentBlockedException
                || cause instanceof GeminiConfigurationException) {
            return false;
        }
        return !(cause instanceof RoughcutException r) || r.fault().isServerSide() || r.fault() == Fault.INTERNAL;
    }
}
