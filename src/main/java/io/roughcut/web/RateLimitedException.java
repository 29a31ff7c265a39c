package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import java.time.Duration;
import java.util.Optional;

/** A request over one of the {@link RateLimit}s; answered 429 with {@code Retry-After}. */
public final class RateLimitedException extends RoughcutException {

    private final Duration retryAfter;

    RateLimitedException(RateLimit limit, Duration retryAfter) {
        super(Fault.LIMITED, "Too many " + limit.name() + " (at most " + limit.capacity() + "). Try again in "
                + describe(retryAfter) + ".");
        this.retryAfter = retryAfter;
    }

    @Override
    public String code() {
        return "rate_limited";
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }

    private static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
