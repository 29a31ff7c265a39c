package io.roughcut.web;

import org.springframework.stereotype.Component;

/** Takes and gives back rate-limit tokens in the {@link RateLimitStore}, and refuses when a bucket is empty. */
@Component
final class RateLimiter {

    private final RateLimitStore store;

    RateLimiter(RateLimitStore store) {
        this.store = store;
    }

    /** Takes a token for {@code subject} (a session id, an address) or throws {@link RateLimitedException}. */
    void take(RateLimit limit, String subject) {
        RateLimitStore.Take take = store.take(limit.key(subject), limit);
        if (!take.allowed()) {
            throw new RateLimitedException(limit, take.retryAfter());
        }
    }

    /** True when a token was taken; false, taking nothing, when the bucket is empty. */
    boolean tryTake(RateLimit limit, String subject) {
        return store.take(limit.key(subject), limit).allowed();
    }

    void giveBack(RateLimit limit, String subject) {
        store.giveBack(limit.key(subject), limit);
    }
}
