package io.roughcut.web;

import java.time.Duration;

/**
 * One rate limit: at most {@code capacity} within {@code period}, refilled smoothly (a token bucket). Immutable.
 *
 * @param name   what is limited, for keys and messages, such as {@code uploads per hour from this session}
 * @param prefix the key prefix of its buckets, such as {@code session-uploads}
 */
public record RateLimit(String name, String prefix, long capacity, Duration period) {

    public RateLimit {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException(name + ": a limit needs a capacity of 1 or more and a positive period");
        }
    }

    /** The bucket's key for one session, address or other subject. */
    public String key(String subject) {
        return prefix + ":" + subject;
    }
}
