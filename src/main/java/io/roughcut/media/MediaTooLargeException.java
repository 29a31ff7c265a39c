package io.roughcut.media;

/** The file is larger than the upload limit (5 GiB by default). */
public final class MediaTooLargeException extends InvalidMediaException {

    public MediaTooLargeException(String message) {
        super(message);
    }

    public MediaTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
