package io.roughcut.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.roughcut.session.Session;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The brief's rate limits, per session, in memory (Bucket4j): API requests per minute, and uploads started
 * per hour. The bytes of a tus upload and the preview player's range requests do not count as requests:
 * one video would use up the minute. Over the limit: 429 with {@code Retry-After} in seconds.
 */
@Component
@Order(2)
final class RateLimits extends OncePerRequestFilter {

    private final int requestsPerMinute;
    private final int uploadsPerHour;
    private final Map<UUID, Bucket> requests = new ConcurrentHashMap<>();
    private final Map<UUID, Bucket> uploads = new ConcurrentHashMap<>();

    RateLimits(@Value("${roughcut.rate.requests-per-minute}") int requestsPerMinute,
               @Value("${roughcut.rate.uploads-per-hour}") int uploadsPerHour) {
        this.requestsPerMinute = requestsPerMinute;
        this.uploadsPerHour = uploadsPerHour;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getAttribute(CurrentSession.ATTRIBUTE) instanceof Session);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID session = ((Session) request.getAttribute(CurrentSession.ATTRIBUTE)).id();
        String path = request.getRequestURI();
        String method = request.getMethod();
        boolean bytes = (path.startsWith("/api/uploads/") && !method.equals("DELETE")) || path.endsWith("/media")
                || path.endsWith("/events");
        boolean startsUpload = method.equals("POST") && (path.equals("/api/uploads") || path.equals("/api/videos/upload"));
        if (!bytes && refused(requests, session, requestsPerMinute, Duration.ofMinutes(1), response, "requests")) {
            return;
        }
        if (startsUpload && refused(uploads, session, uploadsPerHour, Duration.ofHours(1), response, "uploads")) {
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean refused(Map<UUID, Bucket> buckets, UUID session, int limit, Duration per,
                                   HttpServletResponse response, String what) throws IOException {
        Bucket bucket = buckets.computeIfAbsent(session, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, per).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return false;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"rate_limited\",\"message\":\"Too many " + what + " from this session ("
                + limit + " per " + (per.toHours() >= 1 ? "hour" : "minute") + "). Try again in " + seconds + " s.\"}");
        return true;
    }

    /** Forgets buckets that are full again, so memory follows active sessions only. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void forgetIdle() {
        requests.values().removeIf(b -> b.getAvailableTokens() >= requestsPerMinute);
        uploads.values().removeIf(b -> b.getAvailableTokens() >= uploadsPerHour);
    }
}
