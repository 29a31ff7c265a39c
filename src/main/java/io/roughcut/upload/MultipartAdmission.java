package io.roughcut.upload;

import io.roughcut.session.Session;
import io.roughcut.web.CurrentSession;
import io.roughcut.web.ErrorAnswers;
import io.roughcut.web.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a multipart upload's declared size against the session's limits and the free disk before the servlet
 * container reads the body to its temporary file: a refused upload writes nothing. The route checks again
 * with the file's exact size once it has arrived.
 */
@Component
@Order(FilterOrder.UPLOAD_ADMISSION)
final class MultipartAdmission extends OncePerRequestFilter {

    private final UploadAdmission admission;
    private final ErrorAnswers answers;

    MultipartAdmission(UploadAdmission admission, ErrorAnswers answers) {
        this.admission = admission;
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getMethod().equals("POST") && request.getRequestURI().equals(MultipartUploadController.PATH)
                && request.getAttribute(CurrentSession.ATTRIBUTE) instanceof Session);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > 0) {
            try {
                admission.admitSpace(((Session) request.getAttribute(CurrentSession.ATTRIBUTE)).id(), length);
            } catch (UploadRejectedException refused) {
                answers.answer(request, response, refused);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
