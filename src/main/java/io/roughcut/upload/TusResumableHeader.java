package io.roughcut.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.roughcut.web.FilterOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every tus response, errors included (a 401 or 429 from the filters too), carries {@code Tus-Resumable}. */
@Component
@Order(FilterOrder.HEADERS)
final class TusResumableHeader extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/uploads");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Tus-Resumable", TusController.VERSION);
        response.setHeader("Access-Control-Expose-Headers",
                "Upload-Offset, Upload-Length, Location, Tus-Resumable, Upload-Expires, " + TusController.JOB_HEADER);
        chain.doFilter(request, response);
    }
}
