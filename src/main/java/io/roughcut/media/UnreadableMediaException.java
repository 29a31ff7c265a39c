package io.roughcut.media;

/** The file does not exist or Roughcut may not read it. */
public final class UnreadableMediaException extends InvalidMediaException {

    public UnreadableMediaException(String message) {
        super(message);
    }

    public UnreadableMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
