package io.roughcut.pipeline;

/** Where a job is in its life. Stored by name; shown in the API in lower case. */
public enum JobState {
    QUEUED, PREPARING, ANALYZING, AGGREGATING, COMPLETE, PARTIAL, FAILED;

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True once no more work will run for the job. */
    public boolean isFinished() {
        return switch (this) {
            case COMPLETE, PARTIAL, FAILED -> true;
            case QUEUED, PREPARING, ANALYZING, AGGREGATING -> false;
        };
    }
}
