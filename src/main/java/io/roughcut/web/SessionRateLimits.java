package io.roughcut.web;

import io.roughcut.session.Session;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The brief's limits per session, API requests a minute and uploads an hour, and the uploads an hour of the
 * client address. An upload counts only when it is accepted: a refused attempt (a wrong header, a file that is
 * not a video, a full quota) gives its tokens back. Over a limit: 429 with Retry-After.
 */
@Component
@Order(FilterOrder.SESSION_LIMITS)
final class SessionRateLimits extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitSettings limits;
    private final ErrorAnswers answers;

    SessionRateLimits(RateLimiter limiter, RateLimitSettings limits, ErrorAnswers answers) {
        this.limiter = limiter;
        this.limits = limits;
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getAttribute(CurrentSession.ATTRIBUTE) instanceof Session);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String session = ((Session) request.getAttribute(CurrentSession.ATTRIBUTE)).id().toString();
        String address = ClientAddress.of(request);
        boolean upload = ApiRoutes.startsUpload(request);
        try {
            if (!ApiRoutes.isBytes(request)) {
                limiter.take(limits.sessionRequests(), session);
            }
            if (upload) {
                limiter.take(limits.sessionUploads(), session);
                try {
                    limiter.take(limits.addressUploads(), address);
                } catch (RateLimitedException limited) {
                    limiter.giveBack(limits.sessionUploads(), session);
                    throw limited;
                }
            }
        } catch (RateLimitedException limited) {
            answers.answer(request, response, limited);
            return;
        }
        boolean accepted = false;
        try {
            chain.doFilter(request, response);
            accepted = response.getStatus() < 400;
        } finally {
            if (upload && !accepted) {
                limiter.giveBack(limits.sessionUploads(), session);
                limiter.giveBack(limits.addressUploads(), address);
            }
        }
    }
}
