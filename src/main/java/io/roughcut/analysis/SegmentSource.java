package io.roughcut.analysis;

/**
 * Who found a segment: an analyser, or the person reviewing the cut list. A hybrid analysis marks cuts both
 * sources found as {@link #BOTH}; analysers never report {@link #REVIEWER}, which marks a cut the reviewer
 * added by hand.
 */
public enum SegmentSource {
    LOCAL("local"), GEMINI("gemini"), BOTH("local+gemini"), REVIEWER("reviewer");

    private final String id;

    SegmentSource(String id) {
        this.id = id;
    }

    /** The name used in JSON and exports. */
    public String id() {
        return id;
    }
}
