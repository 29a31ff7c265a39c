package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the reviewer decided about a proposed cut. Every cut starts {@link #ACCEPTED}; a rejected cut stays
 * in the result, marked, but no longer counts in the summary nor reaches the editor's exports.
 */
public enum Decision {
    ACCEPTED("accepted"), REJECTED("rejected");

    private final String id;

    Decision(String id) {
        this.id = id;
    }

    /** The name used in JSON and in the review API. */
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Decision fromId(String id) {
        for (Decision d : values()) {
            if (d.id.equalsIgnoreCase(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown decision: " + id + " (expected accepted or rejected)");
    }
}
