package io.roughcut.web;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The rate-limit store: in this process unless another {@link RateLimitStore} bean (Redis) is defined. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnMissingBean(RateLimitStore.class)
    LocalRateLimitStore localRateLimitStore() {
        return new LocalRateLimitStore();
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
