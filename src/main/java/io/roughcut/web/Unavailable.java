package io.roughcut.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with a JSON message when the database cannot be reached before a controller runs (finding
 * the caller's session needs it), where the controllers' error advice cannot: the server's trouble, said as
 * such, never a 500 page or a client error.
 */
@Component
@Order(0)
final class Unavailable extends OncePerRequestFilter {

    static final long RETRY_SECONDS = 10;
    static final String MESSAGE = "The server cannot reach its database or storage right now. Nothing is lost: "
            + "uploads resume and jobs go on once it is back. Try again in a few seconds.";
    private static final Logger log = LoggerFactory.getLogger(Unavailable.class);

    private final ErrorAnswers answers;

    Unavailable(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (DataAccessResourceFailureException e) {
            log.warn("the database is unreachable: {}", e.getMessage());
            answers.answer(request, response, e);
        }
    }
}
