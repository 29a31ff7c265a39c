package io.roughcut.pipeline;

import java.util.Locale;
import java.util.Optional;

/** The analysers a job can be given, by the name an upload and the API use. */
public enum AnalyzerOption {
    LOCAL("Signal analysis on this server: pauses, dead air and technical faults. Free and offline."),
    GEMINI("Google Gemini watches and listens to each chunk: pauses, filler words, false starts, repeats. Billed per token."),
    HYBRID("Both: Gemini's cuts with their edges snapped to the silences the local analysis measured. Billed per token.");

    private final String description;

    AnalyzerOption(String description) {
        this.description = description;
    }

    /** The name in requests, job rows and results, such as {@code gemini}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One line for people choosing between analysers. */
    public String description() {
        return description;
    }

    /** True when the analyser calls Gemini, and so needs an API key and Gemini's chunk duration cap. */
    public boolean usesGemini() {
        return switch (this) {
            case LOCAL -> false;
            case GEMINI, HYBRID -> true;
        };
    }

    /** The option with this name (any case), or empty. */
    public static Optional<AnalyzerOption> byId(String id) {
        for (AnalyzerOption o : values()) {
            if (o.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
