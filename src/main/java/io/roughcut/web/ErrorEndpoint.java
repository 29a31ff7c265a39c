package io.roughcut.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /error}, where the servlet container sends what went wrong outside the controllers (an exception in a
 * filter, a {@code sendError}): answered in the same shape as every other error, instead of Boot's own.
 */
@Hidden
@RestController
class ErrorEndpoint implements ErrorController {

    private final ErrorAnswers answers;

    ErrorEndpoint(ErrorAnswers answers) {
        this.answers = answers;
    }

    @RequestMapping("/error")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable e = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        return answers.bytes(answers.forStatus(status instanceof Integer code ? code : 500, e, request));
    }
}
