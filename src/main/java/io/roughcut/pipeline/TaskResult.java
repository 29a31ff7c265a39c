package io.roughcut.pipeline;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a task's run produced, apart from its blobs: the database writes that record it, which the runner
 * makes under the task's fence and in the same transaction as the task's own outcome, and what to announce
 * (progress events, log lines) once they are committed. Immutable.
 *
 * @param writes   makes the writes and returns the tasks they created, for the queue to deliver
 * @param announce runs after the commit; never writes what another task depends on
 */
record TaskResult(Supplier<List<Task>> writes, Runnable announce) {

    /** Nothing to write or announce: the task found its work already done, or its job gone. */
    static final TaskResult NOTHING = new TaskResult(List::of, () -> { });

    static TaskResult of(Supplier<List<Task>> writes, Runnable announce) {
        return new TaskResult(writes, announce);
    }
}
