package io.roughcut.web;

import java.util.concurrent.TimeUnit;
import io.roughcut.pipeline.redis.RedisLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate-limit store: shared through Redis when the deployment has one ({@code REDIS_URL}), so that the limits
 * hold across API nodes; otherwise in this process.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimitStore rateLimitStore(RedisLink redis) {
        return redis.client().<RateLimitStore>map(RedisRateLimitStore::new).orElseGet(LocalRateLimitStore::new);
    }

    /** Forgets buckets that are full again, every ten minutes, so memory follows active callers only. */
    @Component
    static final class Housekeeping {

        private final RateLimitStore store;

        Housekeeping(RateLimitStore store) {
            this.store = store;
        }

        @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
        void forgetIdle() {
            if (store instanceof LocalRateLimitStore local) {
                local.forgetIdle();
            }
        }
    }
}
