package io.roughcut.pipeline;

import java.util.Locale;

/** Where the render of a job's cut video is. Stored by name; shown in the API in lower case. */
public enum RenderState {
    /** Asked for, waiting for a worker (or for another try after a failed one). */
    QUEUED,
    /** A worker is rendering it. */
    RENDERING,
    /** The video is in the blob store, ready to download. */
    DONE,
    /** Every try failed; asking again starts a new render. */
    FAILED;

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True once no more work will run for the render. */
    public boolean isFinished() {
        return switch (this) {
            case DONE, FAILED -> true;
            case QUEUED, RENDERING -> false;
        };
    }
}
