package io.roughcut.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request budget of a client address, before any session is looked at: a client that ignores cookies, or
 * makes a new session for every call, still has only its address's budget. Over it: 429 with Retry-After.
 */
@Component
@Order(FilterOrder.ADDRESS_LIMITS)
final class AddressRateLimits extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitSettings limits;
    private final ErrorAnswers answers;

    AddressRateLimits(RateLimiter limiter, RateLimitSettings limits, ErrorAnswers answers) {
        this.limiter = limiter;
        this.limits = limits;
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRoutes.isApi(request) || ApiRoutes.isBytes(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limiter.take(limits.addressRequests(), ClientAddress.of(request));
        } catch (RateLimitedException limited) {
            answers.answer(request, response, limited);
            return;
        }
        chain.doFilter(request, response);
    }
}
