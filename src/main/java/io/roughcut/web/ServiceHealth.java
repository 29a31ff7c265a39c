package io.roughcut.web;

import io.roughcut.media.FfmpegRunner;
import io.roughcut.storage.BlobStore;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health of what the database indicator does not cover: the blob store and FFmpeg. */
@Configuration(proxyBeanMethods = false)
class ServiceHealth {

    @Bean
    HealthIndicator blobStoreHealthIndicator(BlobStore blobs) {
        return () -> {
            try {
                blobs.check();
                return Health.up().withDetail("store", blobs.getClass().getSimpleName()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getMessage()).build();
            }
        };
    }

    @Bean
    HealthIndicator ffmpegHealthIndicator(FfmpegRunner ffmpeg) {
        return () -> {
            try {
                String version = ffmpeg.ffmpeg(List.of("-version"), Duration.ofSeconds(20)).stdout().lines().findFirst()
                        .orElse("");
                return Health.up().withDetail("ffmpeg", ffmpeg.tools().ffmpeg().toString()).withDetail("version", version)
                        .build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getMessage()).build();
            }
        };
    }
}
