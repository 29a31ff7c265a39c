package io.roughcut.web;

import io.roughcut.media.FfmpegRunner;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.DiskSpace;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health of what the database indicator does not cover: the blob store, FFmpeg and the data directory's disk. */
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

    /**
     * DOWN once the data directory's disk is into its reserve: uploads and new work are refused then, and a
     * load balancer should stop sending uploads here. (Boot's own disk indicator watches the working directory.)
     */
    @Bean
    HealthIndicator dataDiskHealthIndicator(DiskSpace disk) {
        return () -> {
            long room = disk.room();
            Health.Builder health = room < 0 ? Health.down() : Health.up();
            return health.withDetail("free", room + disk.reserve()).withDetail("reserve", disk.reserve()).build();
        };
    }
}
