package io.roughcut.web;

import io.roughcut.analysis.gemini.GeminiCostEstimate;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.pipeline.AnalyzerCatalog;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.PipelineSettings;
import io.roughcut.upload.UploadSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/config}: what this server offers an upload. The analysers (with a line on each and, for
 * those that call Gemini, the estimated US dollars per video hour at the configured model), the default,
 * the largest chunk in bytes, how many chunks of one job are analysed at once, and the analysis settings.
 */
@Tag(name = "Server", description = "What this server offers.")
@RestController
class ConfigController {

    private final AnalyzerCatalog analyzers;
    private final GeminiSettings gemini;
    private final UploadSettings uploads;
    private final PipelineSettings pipeline;
    private final long maxChunkBytes;

    ConfigController(AnalyzerCatalog analyzers, GeminiSettings gemini, UploadSettings uploads, PipelineSettings pipeline,
                     @Value("${roughcut.pipeline.max-chunk-bytes:524288000}") long maxChunkBytes) {
        this.analyzers = analyzers;
        this.gemini = gemini;
        this.uploads = uploads;
        this.pipeline = pipeline;
        this.maxChunkBytes = maxChunkBytes;
    }

    @Operation(summary = "What the server offers an upload", description = "The analysers it offers (gemini and "
            + "hybrid only with a Gemini key), with a cost estimate per video hour, the default, the sizes "
            + "the job page describes (the largest upload and chunk, and how many chunks are analysed at once), and "
            + "the analysis settings an upload may choose, with their defaults and ranges.")
    @ApiResponse(responseCode = "200", description = "The offer")
    @SecurityRequirements
    @GetMapping("/api/config")
    ServerOffer config() {
        return new ServerOffer(analyzers.offered().stream().map(this::describe).toList(), analyzers.defaultOption(),
                uploads.maxBytes(), maxChunkBytes, pipeline.chunksPerJob(), ServerOffer.SettingsOffer.current());
    }

    private ServerOffer.AnalyzerOffer describe(AnalyzerOption option) {
        return option.usesGemini()
                ? new ServerOffer.AnalyzerOffer(option, option.description(), gemini.model(),
                        GeminiCostEstimate.forDuration(3600, gemini).costUsd())
                : new ServerOffer.AnalyzerOffer(option, option.description(), null, 0.0);
    }
}
