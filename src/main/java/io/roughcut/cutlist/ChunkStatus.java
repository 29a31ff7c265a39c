package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the analysis of one chunk ended, as the result shows it. Only final states appear here: the
 * aggregator runs once every chunk has finished one way or the other.
 */
public enum ChunkStatus {
    COMPLETE("complete"), FAILED("failed");

    private final String id;

    ChunkStatus(String id) {
        this.id = id;
    }

    /** The name used in JSON. */
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static ChunkStatus fromId(String id) {
        for (ChunkStatus s : values()) {
            if (s.id.equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown chunk status: " + id);
    }
}
