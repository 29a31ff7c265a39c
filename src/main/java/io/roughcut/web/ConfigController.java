package io.roughcut.web;

import io.roughcut.analysis.gemini.GeminiCostEstimate;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.pipeline.AnalyzerCatalog;
import io.roughcut.pipeline.AnalyzerOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/config}: what this server offers an upload. The analysers (with a line on each and, for
 * those that call Gemini, the estimated US dollars per video hour at the configured model) and the default.
 */
@RestController
class ConfigController {

    private final AnalyzerCatalog analyzers;
    private final GeminiSettings gemini;

    ConfigController(AnalyzerCatalog analyzers, GeminiSettings gemini) {
        this.analyzers = analyzers;
        this.gemini = gemini;
    }

    @GetMapping("/api/config")
    Map<String, Object> config() {
        List<Map<String, Object>> offered = analyzers.offered().stream().map(this::describe).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analyzers", offered);
        m.put("defaultAnalyzer", analyzers.defaultOption().id());
        return m;
    }

    private Map<String, Object> describe(AnalyzerOption option) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", option.id());
        m.put("description", option.description());
        if (option.usesGemini()) {
            m.put("model", gemini.model());
            m.put("estimatedUsdPerHour", GeminiCostEstimate.forDuration(3600, gemini).costUsd());
        } else {
            m.put("estimatedUsdPerHour", 0.0);
        }
        return m;
    }
}
