package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of every request that is not an upload ({@code roughcut.http.max-body}, 64 KB by default):
 * a decision is a few bytes, so a 20 MB one is refused with 413 before it is read, and a chunked one once it
 * passes the limit. Uploads have their own limits.
 */
@Component
@Order(FilterOrder.BODY_LIMITS)
final class BodyLimits extends OncePerRequestFilter {

    private final long limit;
    private final ErrorAnswers answers;

    BodyLimits(@Value("${roughcut.http.max-body:64KB}") DataSize limit, ErrorAnswers answers) {
        this.limit = limit.toBytes();
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/uploads") || path.equals("/api/videos/upload");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            answers.answer(request, response, tooLarge());
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    private RoughcutException tooLarge() {
        return new RoughcutException(Fault.TOO_LARGE, "The request body is over " + limit / 1024 + " KB, more than any "
                + "request here needs.");
    }

    /** A request whose body stream fails once it has given {@code limit} bytes. */
    private final class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > max) {
                            throw tooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
