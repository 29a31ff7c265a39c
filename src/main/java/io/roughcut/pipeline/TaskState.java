package io.roughcut.pipeline;

/** A task row's state. Only a PENDING task can be claimed, and only by one worker. */
public enum TaskState {
    PENDING, PROCESSING, DONE, FAILED
}
