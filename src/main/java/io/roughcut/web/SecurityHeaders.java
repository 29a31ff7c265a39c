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
 * The security headers of every answer, pages and API alike. Scripts, styles and media come from this server
 * only (the pages have no inline script or style), nothing may frame a page, the browser must not guess a
 * content type, and no page sends its address on as a referrer: a shared page's address holds its share token.
 */
@Component
@Order(FilterOrder.HEADERS)
final class SecurityHeaders extends OncePerRequestFilter {

    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets styles inline and draws its icons from data: URLs. */
    static final String API_DOCS = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request.getRequestURI(), response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; also used for the errors the servlet container answers itself. */
    static void apply(String path, HttpServletResponse response) {
        boolean docs = path != null && (path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui"));
        response.setHeader("Content-Security-Policy", docs ? API_DOCS : PAGES);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
