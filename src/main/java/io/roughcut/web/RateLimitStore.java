package io.roughcut.web;

import java.time.Duration;

/**
 * Where rate-limit buckets live: a port. {@link LocalRateLimitStore} keeps them in this process (Bucket4j); a
 * distributed deployment shares them through Redis (Bucket4j on Lettuce) behind the same interface, and a bean
 * of that type replaces the local one. Implementations are thread-safe.
 */
public interface RateLimitStore {

    /** What taking a token gave: allowed, or refused with how long until a token is back. Immutable. */
    record Take(boolean allowed, Duration retryAfter) {

        public static final Take ALLOWED = new Take(true, Duration.ZERO);
    }

    /** Takes one token from the bucket under {@code key}, which holds at most {@code limit.capacity()} tokens. */
    Take take(String key, RateLimit limit);

    /** Puts back a token taken for a request that was then refused, so that only accepted work counts. */
    void giveBack(String key, RateLimit limit);
}
