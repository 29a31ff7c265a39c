package io.roughcut;

import java.time.Duration;
import java.util.Optional;

/**
 * The root of every error Roughcut raises on purpose. It carries what whoever reports it needs: its
 * {@link Fault} (whose fault it is, which the web layer maps to an HTTP status), a short {@link #code()} for
 * scripts, and a message written for the person using the product, which names the problem and, where it can,
 * what to do next. The CLI prints the message as one line.
 */
public class RoughcutException extends RuntimeException {

    private final Fault fault;

    public RoughcutException(Fault fault, String message) {
        super(message);
        this.fault = fault;
    }

    public RoughcutException(Fault fault, String message, Throwable cause) {
        super(message, cause);
        this.fault = fault;
    }

    /** A fault of Roughcut itself ({@link Fault#INTERNAL}); errors with a known kind pass theirs. */
    public RoughcutException(String message) {
        this(Fault.INTERNAL, message);
    }

    /** A fault of Roughcut itself ({@link Fault#INTERNAL}); errors with a known kind pass theirs. */
    public RoughcutException(String message, Throwable cause) {
        this(Fault.INTERNAL, message, cause);
    }

    public Fault fault() {
        return fault;
    }

    /** The machine-readable name of this error, such as {@code not_found}; subclasses may be more precise. */
    public String code() {
        return fault.code();
    }

    /** How long until trying again may work, for limits that know it. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
