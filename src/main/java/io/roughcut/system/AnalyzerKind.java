package io.roughcut.system;

/** The analysers a run can use, as named on the command line. */
enum AnalyzerKind {
    LOCAL, GEMINI, HYBRID;

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
