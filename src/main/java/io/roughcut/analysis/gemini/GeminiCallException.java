package io.roughcut.analysis.gemini;

import java.time.Duration;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request to Gemini failed: an HTTP error with Gemini's error JSON, an I/O error, or a timeout. The
 * retry policy decides from its fields what happens next; it never reaches users as is.
 */
final class GeminiCallException extends RuntimeException {

    enum Kind { HTTP, IO, TIMEOUT }

    private final Kind kind;
    private final int httpCode;
    private final String status;
    private final String reason;
    private final Duration retryDelay;

    private GeminiCallException(Kind kind, int httpCode, String status, String reason, Duration retryDelay,
                                String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpCode = httpCode;
        this.status = status;
        this.reason = reason;
        this.retryDelay = retryDelay;
    }

    static GeminiCallException io(String what, Throwable cause) {
        return new GeminiCallException(Kind.IO, 0, null, null, null, what + " failed: " + cause, cause);
    }

    static GeminiCallException timeout(String what, Throwable cause) {
        return new GeminiCallException(Kind.TIMEOUT, 0, null, null, null, what + " timed out", cause);
    }

    /**
     * Reads Gemini's error body: {@code {"error":{"code","message","status","details":[…]}}}, where the
     * details may hold a {@code RetryInfo.retryDelay} such as "26s" and an {@code ErrorInfo.reason}.
     */
    static GeminiCallException http(String what, int httpCode, String body) {
        String status = null;
        String message = body == null ? "" : body;
        String reason = null;
        Duration retryDelay = null;
        try {
            JsonNode error = JsonMapper.shared().readTree(body == null || body.isBlank() ? "{}" : body).path("error");
            status = text(error.path("status"));
            message = error.path("message").isString() ? error.path("message").asString() : message;
            for (JsonNode detail : error.path("details").values()) {
                String type = text(detail.path("@type"));
                if (type != null && type.endsWith("RetryInfo")) {
                    retryDelay = parseDelay(text(detail.path("retryDelay")));
                } else if (type != null && type.endsWith("ErrorInfo")) {
                    reason = text(detail.path("reason"));
                }
            }
        } catch (RuntimeException notJson) {
            // A proxy's HTML error page: keep the raw text as the message.
        }
        return new GeminiCallException(Kind.HTTP, httpCode, status, reason, retryDelay,
                what + " failed: HTTP " + httpCode + (status == null ? "" : " " + status) + ": " + message, null);
    }

    /** Protobuf Duration JSON: decimal seconds with an "s" suffix, such as "26s" or "0.2s". */
    static Duration parseDelay(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!v.endsWith("s")) {
            return null;
        }
        try {
            return Duration.ofNanos(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1e9));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    Kind kind() {
        return kind;
    }

    int httpCode() {
        return httpCode;
    }

    String status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Duration retryDelay() {
        return retryDelay;
    }
}
