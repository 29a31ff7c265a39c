package io.roughcut.system;

/** The analysers a run can use, as named on the command line. */
enum AnalyzerKind {
    LOCAL, GEMINI, HYBRID;

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The longest chunk this analyser takes; Gemini's is capped so a chunk's tokens fit the model. */
    double maxChunkSeconds() {
        return Double.POSITIVE_INFINITY;
    }
}
