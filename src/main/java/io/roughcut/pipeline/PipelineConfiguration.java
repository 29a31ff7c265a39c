package io.roughcut.pipeline;

import io.roughcut.analysis.Analyzer;
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
        ChunkLimits limits = new ChunkLimits(ChunkLimits.DEFAULT.maxChunkBytes(),
                maxChunkSeconds > 0 ? maxChunkSeconds : Double.POSITIVE_INFINITY, 0);
        return new MediaPreparation(ffmpeg, limits, maxBytes);
    }

    @Bean
    Analyzer analyzer(FfmpegRunner ffmpeg, PipelineSettings settings) {
        return switch (settings.analyzer()) {
            case "local" -> new LocalAnalyzer(ffmpeg, LocalSettings.DEFAULT);
            default -> throw new IllegalStateException("roughcut.pipeline.analyzer=" + settings.analyzer()
                    + " is not available in this build; use local.");
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
