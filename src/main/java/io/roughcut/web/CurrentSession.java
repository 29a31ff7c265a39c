package io.roughcut.web;

import io.roughcut.session.NewSession;
import io.roughcut.session.ResolvedSession;
import io.roughcut.session.Session;
import io.roughcut.session.Sessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the caller's anonymous session from the {@code X-Session-Id} header or the {@code roughcut_session}
 * cookie. An API request without a live one is answered 401 and creates nothing: sessions begin only with
 * {@code POST /api/sessions/create} or a browser's first visit to the home or a job page. The session is then
 * a request attribute that controllers take with {@code @RequestAttribute(CurrentSession.ATTRIBUTE)}. The
 * cookie is sent again whenever a use moves the session's expiry, so it lasts as long in the browser as on the
 * server: 30 days after the last use.
 */
@Component
@Order(FilterOrder.SESSION)
public final class CurrentSession extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "roughcut.session";
    public static final String COOKIE = "roughcut_session";
    public static final String HEADER = "X-Session-Id";

    private final Sessions sessions;
    private final RateLimiter limiter;
    private final RateLimitSettings limits;
    private final ErrorAnswers answers;

    CurrentSession(Sessions sessions, RateLimiter limiter, RateLimitSettings limits, ErrorAnswers answers) {
        this.sessions = sessions;
        this.limiter = limiter;
        this.limits = limits;
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRoutes.needsSession(request) && !ApiRoutes.isPageVisit(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String cookie = cookie(request);
        String header = request.getHeader(HEADER);
        String token = header != null ? header : cookie;
        Optional<ResolvedSession> found = sessions.resolve(token);
        if (ApiRoutes.isPageVisit(request)) {
            if (found.isPresent()) {
                renewCookie(request, response, found.get(), token, cookie);
            } else if (limiter.tryTake(limits.addressSessions(), ClientAddress.of(request))) {
                NewSession created = sessions.create();
                setCookie(request, response, created.token());
            }
            // Over the limit the page is still served; its API calls say how to get a session.
            chain.doFilter(request, response);
            return;
        }
        if (found.isEmpty()) {
            try {
                if (ApiRoutes.isBytes(request)) {
                    // Byte requests skip the address's request budget while they carry a session; these do not.
                    limiter.take(limits.addressRequests(), ClientAddress.of(request));
                }
                throw new NoSessionException(token != null);
            } catch (RuntimeException refused) {
                answers.answer(request, response, refused);
            }
            return;
        }
        renewCookie(request, response, found.get(), token, cookie);
        Session session = found.get().session();
        request.setAttribute(ATTRIBUTE, session);
        chain.doFilter(request, response);
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS (or a TLS proxy). */
    void setCookie(HttpServletRequest request, HttpServletResponse response, String token) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token).httpOnly(true).sameSite("Lax").path("/")
                .secure(request.isSecure()).maxAge(sessions.lifetime()).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private void renewCookie(HttpServletRequest request, HttpServletResponse response, ResolvedSession found,
                             String token, String cookie) {
        if (found.renewed() && token.equals(cookie)) {
            setCookie(request, response, token);
        }
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals(COOKIE)) {
                return c.getValue();
            }
        }
        return null;
    }
}
