package io.roughcut.web;

import io.roughcut.DiskFull;
import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import io.roughcut.upload.TusVersionException;
import io.roughcut.upload.UploadSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns whatever went wrong into the answer: an {@link ApiError} body with its status and headers. Used by
 * the controller advice, the {@code /error} route and the filters, so an error looks the same wherever it
 * happened. A failure on the server is logged with a reference that the answer quotes, and is never blamed on
 * the caller. Thread-safe.
 */
@Component
public final class ErrorAnswers {

    /** A request attribute with the caller's file name, for messages about it (set by the upload routes). */
    public static final String FILE_NAME = "roughcut.fileName";

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);
    /** JSON is UTF-8 whatever the header says; saying so keeps every client from guessing ISO-8859-1. */
    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicText text;
    private final JsonMapper json;
    private final UploadSettings uploads;

    ErrorAnswers(@Value("${roughcut.data-dir}") Path dataDir, JsonMapper json, UploadSettings uploads) {
        this.text = new PublicText(dataDir);
        this.json = json;
        this.uploads = uploads;
    }

    /** The answer to an exception, or null when there is nobody left to answer (the client went away). */
    ResponseEntity<ApiError> of(Throwable e, HttpServletRequest request) {
        String fileName = request == null ? null : (String) request.getAttribute(FILE_NAME);
        if (e instanceof RoughcutException r && r.fault() != Fault.CLIENT_GONE) {
            ResponseEntity.BodyBuilder answer = start(r.fault(), r.retryAfter().orElse(null));
            if (r instanceof TusVersionException) {
                answer.header("Tus-Version", "1.0.0");
            } else if (r instanceof RangeNotSatisfiableException range) {
                answer.header(HttpHeaders.CONTENT_RANGE, range.contentRange());
            } else if (r.fault() == Fault.NO_SESSION) {
                answer.header(HttpHeaders.WWW_AUTHENTICATE, "Session header=\"" + CurrentSession.HEADER
                        + "\", cookie=\"" + CurrentSession.COOKIE + "\"");
            }
            return body(answer, r.fault(), r.code(), r.getMessage(), fileName, e);
        }
        if (isClientGone(e)) {
            log.debug("the client went away: {}", e.toString());
            return null;
        }
        if (e instanceof AsyncRequestTimeoutException) {
            // An event stream timed out: the response is already a stream, nothing to add.
            return null;
        }
        if (DiskFull.isCause(e)) {
            return of(Fault.STORAGE_FULL, "storage_full", "The server's disk is full. What you sent before this"
                    + " request is kept; try again once the operator has freed space.", null, fileName, e);
        }
        return switch (e) {
            case MaxUploadSizeExceededException tooLarge -> tooLarge(tooLarge, fileName);
            case MultipartException broken -> of(Fault.BAD_REQUEST, "bad_request", "The multipart body could not be "
                    + "read. Send the video as the form field \"file\" of a multipart/form-data request.", null, fileName, e);
            case HttpMessageNotReadableException unreadable -> unreadable(unreadable);
            case MissingServletRequestPartException missing -> of(Fault.BAD_REQUEST, "bad_request", "The form field \""
                    + missing.getRequestPartName() + "\" is missing.", null, null, null);
            case MissingServletRequestParameterException missing -> of(Fault.BAD_REQUEST, "bad_request", "The parameter \""
                    + missing.getParameterName() + "\" is missing.", null, null, null);
            case MissingRequestHeaderException missing -> of(Fault.BAD_REQUEST, "bad_request", "The header "
                    + missing.getHeaderName() + " is missing.", null, null, null);
            case MethodArgumentTypeMismatchException badId -> of(Fault.NOT_FOUND, "not_found", "There is no such "
                    + badId.getName() + " here: \"" + badId.getValue() + "\" is not one.", null, null, null);
            case NoResourceFoundException none -> notFound();
            case HttpRequestMethodNotSupportedException method -> {
                ResponseEntity.BodyBuilder answer = start(Fault.METHOD_NOT_ALLOWED, null);
                if (method.getSupportedHttpMethods() != null) {
                    answer.allow(method.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
                }
                yield body(answer, Fault.METHOD_NOT_ALLOWED, "method_not_allowed", request == null ? "This address does"
                        + " not take that method." : "This address does not take " + request.getMethod() + ".", null, null);
            }
            case ErrorResponse standard -> {
                int status = standard.getStatusCode().value();
                String detail = standard.getBody().getDetail();
                HttpStatus known = HttpStatus.resolve(status);
                yield ResponseEntity.status(status).contentType(JSON)
                        .body(new ApiError(known == null ? "error" : known.name().toLowerCase(java.util.Locale.ROOT),
                                text.scrub(detail == null ? "The request could not be handled." : detail, fileName),
                                status, null));
            }
            // The database is away (restarting, or out of reach): the server's trouble, and a passing one.
            case DataAccessResourceFailureException database -> of(Fault.UNAVAILABLE, "unavailable", Unavailable.MESSAGE,
                    Duration.ofSeconds(Unavailable.RETRY_SECONDS), null, database);
            case UncheckedIOException io -> of(Fault.SERVER_IO, "server_io", null, null, fileName, io);
            case IOException io -> of(Fault.SERVER_IO, "server_io", null, null, fileName, io);
            default -> of(Fault.INTERNAL, "internal", null, null, fileName, e);
        };
    }

    /** The answer for a failure of this kind; {@code message} may be null for a failure on the server. */
    ResponseEntity<ApiError> of(Fault fault, String code, String message, Duration retryAfter, String fileName,
                                Throwable cause) {
        return body(start(fault, retryAfter), fault, code, message, fileName, cause);
    }

    /**
     * The answer for an error the servlet container or a {@code sendError} reported as a bare status, with the
     * exception when there was one.
     */
    ResponseEntity<ApiError> forStatus(int status, Throwable e, HttpServletRequest request) {
        if (e != null) {
            return of(e, request);
        }
        return switch (status) {
            case 400 -> of(Fault.BAD_REQUEST, "bad_request", "The request could not be read: its address, headers or "
                    + "body are malformed or too large.", null, null, null);
            case 404 -> notFound();
            case 405 -> of(Fault.METHOD_NOT_ALLOWED, "method_not_allowed", "This address does not take that method.",
                    null, null, null);
            case 413 -> of(Fault.TOO_LARGE, "too_large", "The request is too large.", null, null, null);
            case 500 -> of(Fault.INTERNAL, "internal", null, null, null, null);
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                String code = known == null ? "error" : known.name().toLowerCase(java.util.Locale.ROOT);
                yield ResponseEntity.status(status).contentType(JSON).body(new ApiError(code,
                        "The request failed (HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase())
                                + ").", status, null));
            }
        };
    }

    /** 404 for an address that leads nowhere. */
    ResponseEntity<ApiError> notFound() {
        return of(Fault.NOT_FOUND, "not_found", "There is nothing at this address. The API is described at "
                + "/api/openapi.", null, null, null);
    }

    /**
     * The answer as bytes with their length, so the client has all of it even when the server closes the
     * connection right after (as Tomcat does after a 413 whose body it did not read). Null stays null.
     */
    ResponseEntity<byte[]> bytes(ResponseEntity<ApiError> answer) {
        if (answer == null) {
            return null;
        }
        byte[] body = json.writeValueAsBytes(answer.getBody());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).contentLength(body.length)
                .body(body);
    }

    /** Answers {@code e} directly, for filters, which run outside Spring MVC and its advice. */
    public void answer(HttpServletRequest request, HttpServletResponse response, Throwable e) throws IOException {
        write(response, of(e, request));
    }

    /** Writes an answer directly, for filters, which run outside Spring MVC and its advice. */
    void write(HttpServletResponse response, ResponseEntity<ApiError> answer) throws IOException {
        if (answer == null || response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = json.writeValueAsBytes(answer.getBody());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private ResponseEntity<ApiError> body(ResponseEntity.BodyBuilder answer, Fault fault, String code, String message,
                                          String fileName, Throwable cause) {
        int status = HttpFaults.status(fault);
        String reference = null;
        String shown = message;
        if (fault.isServerSide()) {
            reference = newReference();
            if (fault == Fault.SERVER_IO || fault == Fault.INTERNAL) {
                log.error("request failed on the server ({}), reference {}: {}", fault.code(), reference,
                        cause == null ? message : cause.toString(), cause);
            } else {
                // A full disk or a missing service: the operator needs the fact, not a stack trace per request.
                log.warn("request refused for want of {} ({}), reference {}: {}", fault == Fault.STORAGE_FULL
                        ? "disk space" : "a service", fault.code(), reference, message);
            }
            if (fault == Fault.SERVER_IO || fault == Fault.INTERNAL || shown == null) {
                shown = "Something went wrong on the server. Try again; if it keeps happening, tell the operator the "
                        + "reference " + reference + ".";
            } else {
                shown = shown + " (Reference " + reference + ".)";
            }
        } else if (cause != null) {
            log.debug("request refused ({}): {}", code, message);
        }
        return answer.body(new ApiError(code, text.scrub(shown, fileName), status, reference));
    }

    private static ResponseEntity.BodyBuilder start(Fault fault, Duration retryAfter) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatusCode.valueOf(HttpFaults.status(fault)))
                .contentType(JSON);
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
        }
        return answer;
    }

    private ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, String fileName) {
        // Tomcat refuses part headers over its limit with a "size exceeded" error too: a long file name, not a big file.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("header")) {
                return of(Fault.BAD_REQUEST, "bad_request", "The file's name is too long to be sent. Rename the file "
                        + "to something shorter and upload it again.", null, fileName, null);
            }
        }
        return of(Fault.TOO_LARGE, "too_large", "The file is over the " + UploadSettings.describe(uploads.maxBytes())
                + " limit. Trim or compress the video and upload it again.", null, fileName, null);
    }

    private ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RoughcutException r) {
                return of(r, null);
            }
        }
        if (e.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()
                && bad.getPath().getLast().getPropertyName() != null) {
            Throwable why = bad.getCause();
            return of(Fault.BAD_REQUEST, "bad_request", "The request body is not valid JSON of the expected shape: "
                    + "the field \"" + bad.getPath().getLast().getPropertyName() + "\" is wrong"
                    + (why != null && why.getMessage() != null ? " (" + why.getMessage() + ")" : "") + ".", null,
                    null, null);
        }
        return of(Fault.BAD_REQUEST, "bad_request", "The request body is not valid JSON of the expected shape.", null,
                null, null);
    }

    private static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RoughcutException r && r.fault() == Fault.CLIENT_GONE
                    || DisconnectedClientHelper.isClientDisconnectedException(t)) {
                return true;
            }
        }
        return false;
    }

    private static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
