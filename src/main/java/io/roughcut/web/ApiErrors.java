package io.roughcut.web;

import io.roughcut.RoughcutException;
import io.roughcut.cutlist.UnknownCutException;
import io.roughcut.media.InvalidMediaException;
import io.roughcut.pipeline.AnalyzerUnavailableException;
import io.roughcut.review.InvalidChangeException;
import io.roughcut.upload.TusVersionException;
import io.roughcut.upload.UploadRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import io.roughcut.storage.BlobStoreUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every API error as JSON {@code {error, message}} with its status; the one place exceptions meet HTTP. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final ClassPathResource NOT_FOUND_PAGE = new ClassPathResource("static/not-found.html");

    @ExceptionHandler(UploadRejectedException.class)
    ResponseEntity<Map<String, String>> upload(UploadRejectedException e) {
        int status = switch (e.reason()) {
            case NOT_FOUND -> 404;
            case OFFSET_MISMATCH -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case BAD_REQUEST -> 400;
            case CHECKSUM_MISMATCH -> 460;
            case BUSY -> 423;
        };
        return error(status, e.reason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage());
    }

    @ExceptionHandler(TusVersionException.class)
    ResponseEntity<Map<String, String>> tusVersion(TusVersionException e) {
        return ResponseEntity.status(412).header("Tus-Version", "1.0.0").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "tus_version", "message", e.getMessage()));
    }

    @ExceptionHandler(InvalidMediaException.class)
    ResponseEntity<Map<String, String>> media(InvalidMediaException e) {
        String type = e.getClass().getSimpleName();
        // The media package's subclasses say which: an unsupported format, a file over the limit, or a broken one.
        int status = type.startsWith("Unsupported") ? 415 : type.contains("TooLarge") ? 413 : 422;
        return error(status, "invalid_media", e.getMessage());
    }

    @ExceptionHandler(AnalyzerUnavailableException.class)
    ResponseEntity<Map<String, String>> analyzer(AnalyzerUnavailableException e) {
        return error(400, "analyzer_unavailable", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return error(404, "not_found", e.getMessage());
    }

    @ExceptionHandler(NotReadyException.class)
    ResponseEntity<Map<String, String>> notReady(NotReadyException e) {
        return error(409, "not_ready", e.getMessage());
    }

    @ExceptionHandler(InvalidChangeException.class)
    ResponseEntity<Map<String, String>> invalidChange(InvalidChangeException e) {
        return error(400, "invalid_change", e.getMessage());
    }

    @ExceptionHandler(UnknownCutException.class)
    ResponseEntity<Map<String, String>> unknownCut(UnknownCutException e) {
        return error(404, "not_found", e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return error(400, "bad_request", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return error(400, "bad_request", "The request body is not valid JSON of the expected shape.");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<Map<String, String>> missing(Exception e) {
        return error(400, "bad_request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badId(MethodArgumentTypeMismatchException e) {
        return error(404, "not_found", "There is no " + e.getName() + " " + e.getValue() + ".");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(413, "too_large", "The file is over the 5 GiB limit. Trim or compress the video and upload it again.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(415, "unsupported_type", e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
        return error(405, "method_not_allowed", e.getMessage());
    }

    /** An address nobody serves: JSON for the API, otherwise the page that says so and leads home. */
    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> noRoute(NoResourceFoundException e, HttpServletRequest request) throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            return error(404, "not_found", "There is nothing at " + e.getResourcePath() + ".");
        }
        return ResponseEntity.status(404).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(NOT_FOUND_PAGE.getContentAsByteArray());
    }

    @ExceptionHandler(UncheckedIOException.class)
    ResponseEntity<Map<String, String>> io(UncheckedIOException e) {
        log.debug("i/o error while serving a request: {}", e.getMessage());
        return error(400, "io_error", "The connection broke: " + e.getMessage());
    }

    /** The database or the blob store is away: the server's trouble, and a passing one. */
    @ExceptionHandler({DataAccessResourceFailureException.class, BlobStoreUnavailableException.class})
    ResponseEntity<Map<String, String>> unavailable(RuntimeException e) {
        log.warn("a service this server needs is unreachable: {}", e.getMessage());
        return ResponseEntity.status(503).header("Retry-After", Long.toString(Unavailable.RETRY_SECONDS))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "unavailable", "message", Unavailable.MESSAGE));
    }

    @ExceptionHandler(RoughcutException.class)
    ResponseEntity<Map<String, String>> roughcut(RoughcutException e) {
        log.warn("request failed: {}", e.getMessage(), e);
        return error(500, "internal", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        if (e instanceof AsyncRequestTimeoutException || e instanceof AsyncRequestNotUsableException) {
            // An event stream timed out or its client left: the response is already a stream, nothing to add.
            return null;
        }
        if (e instanceof ErrorResponse standard) {
            return error(standard.getStatusCode().value(), "bad_request", e.getMessage());
        }
        log.error("unexpected error while serving a request", e);
        return error(500, "internal", "Something went wrong on the server (" + e.getClass().getSimpleName()
                + "). Try again; if it keeps happening, the server log has the details.");
    }

    private static ResponseEntity<Map<String, String>> error(int status, String error, String message) {
        return ResponseEntity.status(HttpStatusCode.valueOf(status)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", error, "message", message == null ? error : message));
    }
}
