package io.roughcut;

/**
 * The root of every error Roughcut raises on purpose. Its message is written for the person using the
 * product: it names the problem and, where it can, what to do next. The CLI prints it as one line; the
 * web layer maps subclasses to HTTP status codes.
 */
public class RoughcutException extends RuntimeException {

    public RoughcutException(String message) {
        super(message);
    }

    public RoughcutException(String message, Throwable cause) {
        super(message, cause);
    }
}
