package io.roughcut.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link RateLimitStore} in this process's memory, on Bucket4j's local buckets: right for one API node.
 * Buckets that are full again are forgotten by {@link #forgetIdle()}, so memory follows active callers only.
 * Thread-safe.
 */
public final class LocalRateLimitStore implements RateLimitStore {

    private record Held(Bucket bucket, long capacity) {
    }

    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    @Override
    public Take take(String key, RateLimit limit) {
        ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Take.ALLOWED : new Take(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void giveBack(String key, RateLimit limit) {
        bucket(key, limit).addTokens(1);
    }

    /** Drops the buckets that are full: they would be made again just the same. */
    public void forgetIdle() {
        buckets.values().removeIf(held -> held.bucket().getAvailableTokens() >= held.capacity());
    }

    /** How many buckets are held, for tests of the clean-up. */
    int size() {
        return buckets.size();
    }

    private Bucket bucket(String key, RateLimit limit) {
        return buckets.computeIfAbsent(key, k -> new Held(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())
                        .build())
                .build(), limit.capacity())).bucket();
    }
}
