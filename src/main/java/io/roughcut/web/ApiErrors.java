package io.roughcut.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where exceptions from the controllers meet HTTP: every one becomes an {@link ApiError} through
 * {@link ErrorAnswers}, which maps by the exception's {@link io.roughcut.Fault}, never by its class name.
 */
@RestControllerAdvice
class ApiErrors {

    private static final ClassPathResource NOT_FOUND_PAGE = new ClassPathResource("static/not-found.html");

    private final ErrorAnswers answers;

    ApiErrors(ErrorAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> any(Exception e, HttpServletRequest request) throws IOException {
        if (e instanceof NoResourceFoundException && !request.getRequestURI().startsWith("/api/") && wantsPage(request)) {
            // An address a person typed or followed: the page that says so and leads home. A program that asked
            // for anything but a page still gets the one error shape.
            return ResponseEntity.status(404).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(NOT_FOUND_PAGE.getContentAsByteArray());
        }
        return answers.bytes(answers.of(e, request));
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
