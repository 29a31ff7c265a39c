package io.roughcut.pipeline;

/** The kinds of pipeline work; each has one handler and one row in {@link TaskPolicy#of}. */
public enum TaskType {
    PREPARE, ANALYZE_CHUNK, AGGREGATE,
    /** The cut video of a finished job's review, asked for by its reviewer. */
    RENDER
}
