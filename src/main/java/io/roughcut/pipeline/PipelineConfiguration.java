package io.roughcut.pipeline;

import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.gemini.GeminiAnalyzer;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.hybrid.HybridAnalyzer;
import io.roughcut.analysis.local.LocalAnalyzer;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.media.ChunkLimits;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java media, analysis and cut-list code into the pipeline, and picks the task queue. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    FfmpegRunner ffmpegRunner() {
        return new FfmpegRunner(FfmpegTools.fromEnvironment());
    }

    /**
     * @param maxChunkSeconds a cap on a chunk's duration, 0 for none: chunks are then limited by size only
     *                        (500 MB), as the brief says
     */
    @Bean
    Preparation preparation(FfmpegRunner ffmpeg, @Value("${roughcut.pipeline.max-chunk-seconds:0}") double maxChunkSeconds,
                            @Value("${roughcut.upload.max-bytes}") long maxBytes) {
        // Each chunk's file runs a margin into the next, so a pause that ends just past a boundary is still
        // seen whole by the chunk before it (the same rule as the CLI's analyze).
        ChunkLimits limits = new ChunkLimits(ChunkLimits.DEFAULT.maxChunkBytes(),
                maxChunkSeconds > 0 ? maxChunkSeconds : Double.POSITIVE_INFINITY, LocalSettings.DEFAULT.marginSeconds());
        return new MediaPreparation(ffmpeg, limits, maxBytes);
    }

    /** {@code local} (offline, the default), or {@code gemini} / {@code hybrid} with GEMINI_API_KEY set. */
    @Bean
    Analyzer analyzer(FfmpegRunner ffmpeg, PipelineSettings settings) {
        LocalAnalyzer local = new LocalAnalyzer(ffmpeg, LocalSettings.DEFAULT);
        return switch (settings.analyzer()) {
            case "local" -> local;
            case "gemini" -> GeminiAnalyzer.fromSettings(GeminiSettings.fromEnvironment(), ffmpeg);
            case "hybrid" -> new HybridAnalyzer(local, GeminiAnalyzer.fromSettings(GeminiSettings.fromEnvironment(), ffmpeg));
            default -> throw new IllegalStateException("roughcut.pipeline.analyzer=" + settings.analyzer()
                    + " is not an analyser; use local, gemini or hybrid.");
        };
    }

    @Bean
    ResultAssembly resultAssembly() {
        return new CutListResults();
    }

    @Bean(destroyMethod = "stop")
    TaskQueue taskQueue(PipelineSettings settings) {
        return new InProcessTaskQueue(settings);
    }
}
