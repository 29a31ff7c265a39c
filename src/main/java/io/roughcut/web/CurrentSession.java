package io.roughcut.web;

import io.roughcut.session.NewSession;
import io.roughcut.session.Session;
import io.roughcut.session.Sessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the caller's anonymous session from the {@code roughcut_session} cookie or the {@code X-Session-Id}
 * header, and starts a new one when there is none (or it expired). The session is then a request attribute
 * that controllers take with {@code @RequestAttribute(CurrentSession.ATTRIBUTE)}.
 */
@Component
@Order(1)
public final class CurrentSession extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "roughcut.session";
    public static final String COOKIE = "roughcut_session";
    public static final String HEADER = "X-Session-Id";

    private final Sessions sessions;

    CurrentSession(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith("/api/shared/") || path.startsWith("/api/openapi")
                || path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui") || path.equals("/api/sessions/create");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HEADER);
        if (token == null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals(COOKIE)) {
                    token = c.getValue();
                }
            }
        }
        Session session = sessions.resolve(token).orElse(null);
        if (session == null) {
            NewSession created = sessions.create();
            setCookie(request, response, created.token());
            response.setHeader(HEADER, created.token());
            session = created.session();
        }
        request.setAttribute(ATTRIBUTE, session);
        chain.doFilter(request, response);
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
    void setCookie(HttpServletRequest request, HttpServletResponse response, String token) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token).httpOnly(true).sameSite("Lax").path("/")
                .secure(request.isSecure()).maxAge(sessions.lifetime()).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
