package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator on the application's own port: health is public and shows only UP or DOWN; metrics, Prometheus
 * and the rest, and health's details, need {@code Authorization: Bearer <roughcut.management.token>}. Without a
 * token configured they are not served here at all. An operator who sets {@code management.server.port} gets
 * every Actuator endpoint on that port instead, which this filter does not guard (keep that port private).
 */
@Component
@Order(FilterOrder.ACTUATOR)
final class ActuatorAccess extends OncePerRequestFilter {

    private static final Principal OPERATOR = () -> "operator";

    private final byte[] token;
    private final ErrorAnswers answers;

    ActuatorAccess(@Value("${roughcut.management.token:}") String token, ErrorAnswers answers) {
        this.token = token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean operator = hasToken(request);
        String path = request.getRequestURI();
        if (!operator && !(path.equals("/actuator/health") || path.startsWith("/actuator/health/"))) {
            answers.answer(request, response, token == null
                    ? new RoughcutException(Fault.NOT_FOUND, "Metrics are not served on this port. Set "
                            + "management.server.port to serve them on a port of their own, or roughcut.management.token "
                            + "to serve them here to whoever sends it.")
                    : new RoughcutException(Fault.FORBIDDEN, "This needs the operator's token: send Authorization: "
                            + "Bearer <roughcut.management.token>."));
            return;
        }
        // With the token, health shows its details (management.endpoint.health.show-details=when-authorized).
        chain.doFilter(operator ? new Operator(request) : request, response);
    }

    private boolean hasToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (token == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8));
    }

    private static final class Operator extends HttpServletRequestWrapper {

        Operator(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return OPERATOR;
        }
    }
}
