package io.roughcut.media;

/** The file looks like a supported video but is damaged or truncated, so it cannot be read to the end. */
public final class CorruptMediaException extends InvalidMediaException {

    public CorruptMediaException(String message) {
        super(message);
    }

    public CorruptMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
