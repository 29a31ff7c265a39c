package io.roughcut.pipeline;

import java.util.UUID;

/**
 * What a queue carries: a task's id and type, nothing else, since the {@code tasks} table is the truth and
 * the worker reads the row. Immutable.
 */
public record TaskRef(UUID id, TaskType type) {

    public static TaskRef of(Task task) {
        return new TaskRef(task.id(), task.type());
    }
}
