package io.roughcut.media;

/** The file has no bytes at all. */
public final class EmptyMediaException extends InvalidMediaException {

    public EmptyMediaException(String message) {
        super(message);
    }

    public EmptyMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
