package io.roughcut.web;

import io.roughcut.session.NewSession;
import io.roughcut.session.Session;
import io.roughcut.session.Sessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The brief's session routes. {@code POST /api/sessions/create} starts a session, for clients that send
 * {@code X-Session-Id} instead of the cookie (it sets the cookie too); it is the only API route that makes
 * one. {@code GET /api/sessions/{id}} describes the caller's own session, by its public id or {@code current};
 * any other id is 404.
 */
@Tag(name = "Sessions", description = "Anonymous sessions: no accounts, a token in a cookie or a header.")
@RestController
class SessionController {

    private final Sessions sessions;
    private final CurrentSession current;
    private final RateLimiter limiter;
    private final RateLimitSettings limits;

    SessionController(Sessions sessions, CurrentSession current, RateLimiter limiter, RateLimitSettings limits) {
        this.sessions = sessions;
        this.current = current;
        this.limiter = limiter;
        this.limits = limits;
    }

    @Operation(summary = "Start a session", description = "Returns the session's token as sessionId, to send as "
            + "X-Session-Id, and sets the session cookie. Limited per client address.")
    @ApiResponse(responseCode = "200", description = "The new session")
    @SecurityRequirements
    @PostMapping("/api/sessions/create")
    CreatedSession create(HttpServletRequest request, HttpServletResponse response) {
        limiter.take(limits.addressSessions(), ClientAddress.of(request));
        NewSession created = sessions.create();
        current.setCookie(request, response, created.token());
        return CreatedSession.of(created);
    }

    @Operation(summary = "The caller's session", description = "By its public id, or \"current\".")
    @ApiResponse(responseCode = "200", description = "The session")
    @ApiResponse(responseCode = "404", description = "Not the caller's session")
    @GetMapping("/api/sessions/{id}")
    SessionView get(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                    @PathVariable @Parameter(example = "current") String id) {
        if (!id.equals("current") && !id.equals(session.id().toString())) {
            throw new NotFoundException("That is not this caller's session.");
        }
        return SessionView.of(session);
    }
}
