package io.roughcut.pipeline;

import io.roughcut.analysis.Analyzer;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import io.roughcut.pipeline.interim.InterimPreparation;
import io.roughcut.pipeline.interim.InterimResults;
import io.roughcut.pipeline.interim.InterimSilenceAnalyzer;
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

    @Bean
    Preparation preparation(FfmpegRunner ffmpeg,
                            @Value("${roughcut.pipeline.max-chunk-seconds:1800}") double maxChunkSeconds) {
        return new InterimPreparation(ffmpeg, maxChunkSeconds);
    }

    @Bean
    Analyzer analyzer(FfmpegRunner ffmpeg) {
        return new InterimSilenceAnalyzer(ffmpeg);
    }

    @Bean
    ResultAssembly resultAssembly() {
        return new InterimResults();
    }

    @Bean(destroyMethod = "stop")
    TaskQueue taskQueue(PipelineSettings settings) {
        return new InProcessTaskQueue(settings);
    }
}
