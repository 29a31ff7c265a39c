package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.gemini.GeminiAnalyzer;
import io.roughcut.analysis.gemini.GeminiConfigurationException;
import io.roughcut.analysis.hybrid.HybridAnalyzer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The analysers this deployment offers, and the one a job gets when its upload names none. Without a
 * Gemini API key only {@code local} is offered; with one also {@code gemini} and {@code hybrid}, which
 * share the process's one Gemini client. Closing the catalog closes that client. Thread-safe.
 */
public final class AnalyzerCatalog implements AutoCloseable {

    private final Map<AnalyzerOption, Analyzer> analyzers = new EnumMap<>(AnalyzerOption.class);
    private final AnalyzerOption defaultOption;
    private final GeminiAnalyzer gemini;

    /**
     * @param gemini      the Gemini client, or null when no API key is configured
     * @param defaultName {@code roughcut.pipeline.analyzer}: what a job gets when its upload names none
     * @throws IllegalStateException        when the default is not an analyser
     * @throws GeminiConfigurationException when the default needs Gemini and there is no key
     */
    AnalyzerCatalog(Analyzer local, GeminiAnalyzer gemini, String defaultName) {
        this.gemini = gemini;
        analyzers.put(AnalyzerOption.LOCAL, local);
        if (gemini != null) {
            analyzers.put(AnalyzerOption.GEMINI, HybridAnalyzer.geminiWithSound(local, gemini));
            analyzers.put(AnalyzerOption.HYBRID, new HybridAnalyzer(local, gemini));
        }
        defaultOption = AnalyzerOption.byId(defaultName).orElseThrow(() -> new IllegalStateException(
                "roughcut.pipeline.analyzer=" + defaultName + " is not an analyser; use local, gemini or hybrid."));
        if (!analyzers.containsKey(defaultOption)) {
            throw new GeminiConfigurationException("The " + defaultOption.id() + " analyser needs a Gemini API key. "
                    + "Set GEMINI_API_KEY (from https://aistudio.google.com/apikey), or serve with --analyzer local.");
        }
    }

    /** The offered analysers, {@code local} first. */
    public List<AnalyzerOption> offered() {
        return List.copyOf(analyzers.keySet());
    }

    public AnalyzerOption defaultOption() {
        return defaultOption;
    }

    /**
     * The analyser for a new job: the one asked for, or the default when {@code requested} is null or blank.
     *
     * @param field where the request named it, for the message (such as {@code Upload-Metadata "analyzer"})
     * @throws AnalyzerUnavailableException when it is not an analyser, or not offered here
     */
    public AnalyzerOption choose(String requested, String field) {
        if (requested == null || requested.isBlank()) {
            return defaultOption;
        }
        String names = analyzers.keySet().stream().map(AnalyzerOption::id).collect(Collectors.joining(", "));
        AnalyzerOption option = AnalyzerOption.byId(requested).orElseThrow(() -> new AnalyzerUnavailableException(
                field + " is \"" + requested + "\", which is not an analyser. Use one of: " + names + "."));
        if (!analyzers.containsKey(option)) {
            throw new AnalyzerUnavailableException(field + " asks for the " + option.id() + " analyser, but this "
                    + "server has no Gemini API key. Use " + names + ", or ask the operator to set GEMINI_API_KEY.");
        }
        return option;
    }

    /** The analyser a job was given; a job from a deployment that had a Gemini key fails with a clear message. */
    Analyzer analyzer(String name) {
        AnalyzerOption option = AnalyzerOption.byId(name)
                .orElseThrow(() -> new AnalysisException("The job names an unknown analyser, " + name + "."));
        Analyzer analyzer = analyzers.get(option);
        if (analyzer == null) {
            throw new GeminiConfigurationException("This job was given the " + option.id() + " analyser, but the "
                    + "server now has no Gemini API key. Set GEMINI_API_KEY and restart, or upload the video again.");
        }
        return analyzer;
    }

    /** The longest chunk this analyser takes, in seconds; infinite when only the size limit applies. */
    double maxChunkSeconds(String name) {
        AnalyzerOption option = AnalyzerOption.byId(name).orElse(AnalyzerOption.LOCAL);
        return option.usesGemini() && gemini != null ? gemini.settings().maxChunkSeconds() : Double.POSITIVE_INFINITY;
    }

    @Override
    public void close() {
        if (gemini != null) {
            gemini.close();
        }
    }
}
