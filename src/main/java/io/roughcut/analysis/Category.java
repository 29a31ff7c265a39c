package io.roughcut.analysis;

import java.util.Optional;

/** Why a segment should be cut: the brief's categories, plus dead air at the start and end of a recording. */
public enum Category {
    PAUSE("pause"),
    FILLER_WORDS("filler_words"),
    FALSE_START("false_start"),
    TECHNICAL("technical"),
    REDUNDANT("redundant"),
    DEAD_AIR("dead_air");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The name used in JSON, exports and prompts. */
    public String id() {
        return id;
    }

    public static Optional<Category> fromId(String id) {
        for (Category c : values()) {
            if (c.id.equalsIgnoreCase(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
