package io.roughcut.pipeline;

import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.gemini.GeminiAnalyzer;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.local.LocalAnalyzer;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.media.ChunkLimits;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import io.roughcut.pipeline.redis.RedisJobEvents;
import io.roughcut.pipeline.redis.RedisLink;
import io.roughcut.pipeline.redis.RedisTaskQueue;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the plain-Java media, analysis and cut-list code into the pipeline, and picks the task queue. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    FfmpegRunner ffmpegRunner() {
        return new FfmpegRunner(FfmpegTools.fromEnvironment());
    }

    /**
     * @param maxChunkSeconds a cap on a chunk's duration, 0 for none: chunks are then limited by size only,
     *                        as the brief says
     * @param maxChunkBytes   the largest chunk file ({@code MAX_CHUNK_SIZE}, 500 MiB); planned at 95 % of it
     */
    @Bean
    Preparation preparation(FfmpegRunner ffmpeg, @Value("${roughcut.pipeline.max-chunk-seconds:0}") double maxChunkSeconds,
                            @Value("${roughcut.pipeline.max-chunk-bytes:524288000}") long maxChunkBytes,
                            @Value("${roughcut.upload.max-bytes}") long maxBytes) {
        // Each chunk's file runs a margin into the next, so a pause that ends just past a boundary is still
        // seen whole by the chunk before it (the same rule as the CLI's analyze).
        // A job whose analyser calls Gemini also gets Gemini's cap (see AnalyzerCatalog.maxChunkSeconds).
        ChunkLimits limits = new ChunkLimits(maxChunkBytes,
                maxChunkSeconds > 0 ? maxChunkSeconds : Double.POSITIVE_INFINITY, LocalSettings.DEFAULT.marginSeconds());
        return new MediaPreparation(ffmpeg, limits, maxBytes);
    }

    /** The local analyser, which every deployment offers; {@code hybrid} runs it too. */
    @Bean
    Analyzer localAnalyzer(FfmpegRunner ffmpeg) {
        return new LocalAnalyzer(ffmpeg, LocalSettings.DEFAULT);
    }

    /**
     * Gemini's settings: the defaults and environment of {@link GeminiSettings#fromEnvironment()}, with the
     * key and base URL overridable as {@code roughcut.gemini.api-key} and {@code roughcut.gemini.base-url}.
     * An api-key property that is set but empty means "no key", whatever the environment says.
     */
    @Bean
    GeminiSettings geminiSettings(@Value("${roughcut.gemini.api-key:#{null}}") String apiKey,
                                  @Value("${roughcut.gemini.base-url:#{null}}") String baseUrl,
                                  @Value("${roughcut.gemini.model:#{null}}") String model,
                                  @Value("${roughcut.gemini.max-chunk-seconds:0}") double maxChunkSeconds,
                                  @Value("${roughcut.gemini.poll-interval:#{null}}") Duration pollInterval) {
        GeminiSettings.Builder b = GeminiSettings.fromEnvironment().toBuilder();
        if (apiKey != null) {
            b.apiKey(apiKey.isBlank() ? null : apiKey.trim());
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            b.baseUrl(baseUrl.trim());
        }
        if (model != null && !model.isBlank()) {
            b.model(model.trim());
        }
        if (maxChunkSeconds > 0) {
            b.maxChunkSeconds(maxChunkSeconds);
        }
        if (pollInterval != null) {
            b.pollInterval(pollInterval);
        }
        return b.build();
    }

    /**
     * What each job may be given: {@code local} always, {@code gemini} and {@code hybrid} with a key. The
     * one Gemini client of the process lives here and is closed with the context.
     */
    @Bean(destroyMethod = "close")
    AnalyzerCatalog analyzerCatalog(Analyzer local, GeminiSettings gemini, FfmpegRunner ffmpeg,
                                    PipelineSettings settings) {
        return new AnalyzerCatalog(local, gemini.hasApiKey() ? GeminiAnalyzer.fromSettings(gemini, ffmpeg) : null,
                settings.analyzer());
    }

    @Bean
    ResultAssembly resultAssembly() {
        return new CutListResults();
    }

    /** The deployment's Redis ({@code REDIS_URL}), or none in embedded mode. */
    @Bean(destroyMethod = "close")
    RedisLink redisLink(@Value("${roughcut.redis.url:}") String url) {
        return RedisLink.of(url);
    }

    /** Redis Streams when there is a Redis, so that every worker process takes from one queue; else in-process. */
    @Bean(destroyMethod = "stop")
    TaskQueue taskQueue(PipelineSettings settings, RedisLink redis) {
        return redis.client().<TaskQueue>map(c -> new RedisTaskQueue(c, settings))
                .orElseGet(() -> new InProcessTaskQueue(settings));
    }

    /** Redis pub/sub when there is a Redis, so that progress crosses nodes; else in-process. */
    @Bean
    JobEvents jobEvents(RedisLink redis, JsonMapper json) {
        return redis.client().<JobEvents>map(c -> new RedisJobEvents(c, json)).orElseGet(InProcessJobEvents::new);
    }
}
