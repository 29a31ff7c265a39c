package io.roughcut.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where exceptions from the controllers meet HTTP: every one becomes an {@link ApiError} through
 * {@link ErrorAnswers}, which maps by the exception's {@link io.roughcut.Fault}, never by its class name.
 */
@RestControllerAdvice
class ApiErrors {

    private final ErrorAnswers answers;

    ApiErrors(ErrorAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> any(Exception e, HttpServletRequest request) {
        return answers.bytes(answers.of(e, request));
    }
}
