package io.roughcut.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link RateLimitStore} shared by every API node through Redis: Bucket4j's buckets on Lettuce, updated with
 * compare-and-swap, so a client spreading its requests over several nodes meets one limit. A bucket's key
 * expires once it would be full again, so Redis holds only the active callers' buckets. Thread-safe.
 */
public final class RedisRateLimitStore implements RateLimitStore, AutoCloseable {

    private static final String PREFIX = "roughcut:rate:";

    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final LettuceBasedProxyManager<byte[]> buckets;

    public RedisRateLimitStore(RedisClient client) {
        this.connection = client.connect(ByteArrayCodec.INSTANCE);
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public Take take(String key, RateLimit limit) {
        ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Take.ALLOWED : new Take(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void giveBack(String key, RateLimit limit) {
        bucket(key, limit).addTokens(1);
    }

    private BucketProxy bucket(String key, RateLimit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
        return buckets.builder().build((PREFIX + key).getBytes(StandardCharsets.UTF_8), () -> configuration);
    }

    @Override
    public void close() {
        connection.close();
    }
}
