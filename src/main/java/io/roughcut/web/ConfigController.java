package io.roughcut.web;

import io.roughcut.analysis.gemini.GeminiCostEstimate;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.pipeline.AnalyzerCatalog;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.PipelineSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/config}: what this server offers an upload. The analysers (with a line on each and, for
 * those that call Gemini, the estimated US dollars per video hour at the configured model), the default,
 * the largest chunk in bytes and how many chunks of one job are analysed at once.
 */
@RestController
class ConfigController {

    private final AnalyzerCatalog analyzers;
    private final GeminiSettings gemini;
    private final PipelineSettings pipeline;
    private final long maxChunkBytes;

    ConfigController(AnalyzerCatalog analyzers, GeminiSettings gemini, PipelineSettings pipeline,
                     @Value("${roughcut.pipeline.max-chunk-bytes:524288000}") long maxChunkBytes) {
        this.analyzers = analyzers;
        this.gemini = gemini;
        this.pipeline = pipeline;
        this.maxChunkBytes = maxChunkBytes;
    }

    @GetMapping("/api/config")
    Map<String, Object> config() {
        List<Map<String, Object>> offered = analyzers.offered().stream().map(this::describe).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analyzers", offered);
        m.put("defaultAnalyzer", analyzers.defaultOption().id());
        m.put("maxChunkBytes", maxChunkBytes);
        m.put("chunksAtOnce", pipeline.chunksPerJob());
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
