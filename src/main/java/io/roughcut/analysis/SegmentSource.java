package io.roughcut.analysis;

/** Which analyser found a segment. A hybrid analysis marks cuts both sources found as {@link #BOTH}. */
public enum SegmentSource {
    LOCAL("local"), GEMINI("gemini"), BOTH("local+gemini");

    private final String id;

    SegmentSource(String id) {
        this.id = id;
    }

    /** The name used in JSON and exports. */
    public String id() {
        return id;
    }
}
