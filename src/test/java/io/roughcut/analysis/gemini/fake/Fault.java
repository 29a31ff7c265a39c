package io.roughcut.analysis.gemini.fake;

import java.time.Duration;

/**
 * One scripted misbehaviour of the fake Gemini, used once by the next matching request. Immutable.
 *
 * @param httpCode     an HTTP error to answer with, or 0
 * @param status       the error's {@code status}, such as RESOURCE_EXHAUSTED
 * @param message      the error's message
 * @param retryDelay   a {@code RetryInfo.retryDelay} to put in the error's details, such as "0.2s", or null
 * @param reason       an {@code ErrorInfo.reason}, such as API_KEY_INVALID, or null
 * @param finishReason a finish reason for an otherwise normal answer, or null
 * @param answer       replaces the model's text: {@link #TRUNCATE} cuts the JSON in half, other text is sent
 *                     verbatim; null keeps the real answer
 * @param stall        how long to wait before answering
 * @param drop         close the connection without answering
 */
public record Fault(int httpCode, String status, String message, String retryDelay, String reason,
                    String finishReason, String answer, Duration stall, boolean drop) {

    static final String TRUNCATE = "\u0000truncate";

    public static Fault error(int code, String status, String message) {
        return new Fault(code, status, message, null, null, null, null, Duration.ZERO, false);
    }

    public static Fault rateLimited(String retryDelay) {
        return new Fault(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.", retryDelay, null, null, null,
                Duration.ZERO, false);
    }

    public static Fault overloaded() {
        return error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.");
    }

    public static Fault badKey() {
        return new Fault(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", null,
                "API_KEY_INVALID", null, null, Duration.ZERO, false);
    }

    public static Fault finish(String finishReason) {
        return new Fault(0, null, null, null, null, finishReason, null, Duration.ZERO, false);
    }

    public static Fault truncatedAnswer() {
        return answer(TRUNCATE);
    }

    public static Fault answer(String text) {
        return new Fault(0, null, null, null, null, null, text, Duration.ZERO, false);
    }

    public static Fault stall(Duration duration) {
        return new Fault(0, null, null, null, null, null, null, duration, false);
    }

    public static Fault dropConnection() {
        return new Fault(0, null, null, null, null, null, null, Duration.ZERO, true);
    }

    boolean isError() {
        return httpCode != 0;
    }
}
