package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of a {@link RateLimitStore}, for every implementation: the in-process one now, and the one
 * shared through Redis when it comes (add it to {@link #stores()}).
 */
class RateLimitStoreTests {

    static Stream<Supplier<RateLimitStore>> stores() {
        return Stream.of(LocalRateLimitStore::new);
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
