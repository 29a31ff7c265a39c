package io.roughcut.pipeline;

import java.util.UUID;

/**
 * A task as this process claimed it, with the token the claim wrote. Every write that records the task's
 * outcome is conditional on the row still holding this token, so a claim whose lease was taken over can
 * no longer change anything. Immutable.
 */
public record Claim(Task task, UUID token) {

    public UUID taskId() {
        return task.id();
    }

    public UUID jobId() {
        return task.jobId();
    }

    @Override
    public String toString() {
        return task.type() + " " + task.id() + (task.chunkIndex() == Task.NO_CHUNK ? "" : " (chunk " + task.chunkIndex() + ")");
    }
}
