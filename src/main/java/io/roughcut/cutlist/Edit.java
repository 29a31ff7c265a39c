package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the reviewer did to a cut's extent, when they did anything: moved its edges (or split or merged it),
 * or made it themselves. A cut the reviewer left as the analysis found it has no edit (null, absent from
 * the JSON), so results from before reviewers could edit read the same.
 */
public enum Edit {
    ADJUSTED("adjusted"), ADDED("added");

    private final String id;

    Edit(String id) {
        this.id = id;
    }

    /** The name used in JSON and in the review API. */
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Edit fromId(String id) {
        for (Edit e : values()) {
            if (e.id.equalsIgnoreCase(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown edit: " + id + " (expected adjusted or added)");
    }
}
