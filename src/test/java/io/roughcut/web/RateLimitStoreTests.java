package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.pipeline.redis.RedisLink;
import io.roughcut.testing.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of a {@link RateLimitStore}, for every implementation: the in-process one, and the one shared
 * through Redis (on a redis-server of the test's own), whose buckets two API nodes share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitStoreTests {

    private RedisServer redis;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        redis.close();
    }

    Stream<Supplier<RateLimitStore>> stores() {
        return Stream.of(LocalRateLimitStore::new, this::redisStore);
    }

    private RedisRateLimitStore redisStore() {
        RedisLink link = RedisLink.of(redis.url());
        RedisRateLimitStore store = new RedisRateLimitStore(link.client().orElseThrow());
        open.add(store);
        open.add(link);
        redis.flushAll();
        return store;
    }

    @org.junit.jupiter.api.Test
    void twoApiNodesOnOneRedisMeetOneLimit() {
        RateLimitStore one = redisStore();
        RateLimitStore other = redisStore();
        assertThat(one.take("client", THREE_AN_HOUR).allowed()).isTrue();
        assertThat(other.take("client", THREE_AN_HOUR).allowed()).isTrue();
        assertThat(one.take("client", THREE_AN_HOUR).allowed()).isTrue();
        assertThat(other.take("client", THREE_AN_HOUR).allowed()).as("the fourth, on either node").isFalse();
    }

    private static final RateLimit THREE_AN_HOUR = new RateLimit("tries an hour", "tries", 3, Duration.ofHours(1));

    @ParameterizedTest
    @MethodSource("stores")
    void aBucketGivesItsCapacityThenSaysHowLongToWait(Supplier<RateLimitStore> make) {
        RateLimitStore store = make.get();
        for (int i = 0; i < 3; i++) {
            assertThat(store.take("a", THREE_AN_HOUR).allowed()).isTrue();
        }
        RateLimitStore.Take refused = store.take("a", THREE_AN_HOUR);
        assertThat(refused.allowed()).isFalse();
        // Refilled smoothly: one token every 20 minutes.
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20));
        assertThat(store.take("b", THREE_AN_HOUR).allowed()).as("another key has its own bucket").isTrue();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aTokenGivenBackCanBeTakenAgainButNeverBeyondTheCapacity(Supplier<RateLimitStore> make) {
        RateLimitStore store = make.get();
        for (int i = 0; i < 3; i++) {
            store.take("a", THREE_AN_HOUR);
        }
        store.giveBack("a", THREE_AN_HOUR);
        assertThat(store.take("a", THREE_AN_HOUR).allowed()).isTrue();
        assertThat(store.take("a", THREE_AN_HOUR).allowed()).isFalse();

        store.giveBack("fresh", THREE_AN_HOUR);
        for (int i = 0; i < 3; i++) {
            assertThat(store.take("fresh", THREE_AN_HOUR).allowed()).isTrue();
        }
        assertThat(store.take("fresh", THREE_AN_HOUR).allowed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void limitsWithTheSamePrefixButDifferentKeysNeverMix(Supplier<RateLimitStore> make) {
        RateLimitStore store = make.get();
        RateLimit one = new RateLimit("one a minute", "x", 1, Duration.ofMinutes(1));
        assertThat(store.take(one.key("s1"), one).allowed()).isTrue();
        assertThat(store.take(one.key("s1"), one).allowed()).isFalse();
        assertThat(store.take(one.key("s2"), one).allowed()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theLocalStoreForgetsBucketsThatAreFullAgain() {
        LocalRateLimitStore store = new LocalRateLimitStore();
        store.take("used", THREE_AN_HOUR);
        store.take("given-back", THREE_AN_HOUR);
        store.giveBack("given-back", THREE_AN_HOUR);
        store.forgetIdle();
        assertThat(store.size()).isEqualTo(1);
    }
}
