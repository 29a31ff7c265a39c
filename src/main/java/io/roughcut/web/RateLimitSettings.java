package io.roughcut.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limits ({@code roughcut.rate.*}), per session and per client address. A script that ignores cookies
 * gets no fresh budget from new sessions: its address has one too. Immutable.
 *
 * @param requestsPerMinute        API requests a minute from one session (the brief's 100)
 * @param uploadsPerHour           uploads accepted an hour from one session (the brief's 10)
 * @param addressRequestsPerMinute API requests a minute from one client address, with or without a session
 * @param addressUploadsPerHour    uploads accepted an hour from one client address, over all its sessions
 * @param addressSessionsPerHour   sessions started an hour from one client address
 */
@ConfigurationProperties("roughcut.rate")
public record RateLimitSettings(int requestsPerMinute, int uploadsPerHour, int addressRequestsPerMinute,
                                int addressUploadsPerHour, int addressSessionsPerHour) {

    RateLimit sessionRequests() {
        return new RateLimit("API requests a minute from one session", "session-requests", requestsPerMinute,
                Duration.ofMinutes(1));
    }

    RateLimit sessionUploads() {
        return new RateLimit("uploads an hour from one session", "session-uploads", uploadsPerHour, Duration.ofHours(1));
    }

    RateLimit addressRequests() {
        return new RateLimit("API requests a minute from one address", "address-requests", addressRequestsPerMinute,
                Duration.ofMinutes(1));
    }

    RateLimit addressUploads() {
        return new RateLimit("uploads an hour from one address", "address-uploads", addressUploadsPerHour,
                Duration.ofHours(1));
    }

    RateLimit addressSessions() {
        return new RateLimit("new sessions an hour from one address", "address-sessions", addressSessionsPerHour,
                Duration.ofHours(1));
    }
}
