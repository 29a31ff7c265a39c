package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the reviewer decided about a proposed cut. Most cuts start {@link #ACCEPTED}; a rejected cut stays
 * in the result, marked, but no longer counts in the summary nor reaches the editor's exports. A cut that
 * would remove speech (a picture fault while someone talks) starts as {@link #REVIEW}: proposed, not
 * applied, and left out of exports and renders like a rejected one until someone accepts it.
 */
public enum Decision {
    ACCEPTED("accepted"), REJECTED("rejected"), REVIEW("review");

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
        throw new IllegalArgumentException("unknown decision: " + id + " (expected accepted, rejected or review)");
    }
}
