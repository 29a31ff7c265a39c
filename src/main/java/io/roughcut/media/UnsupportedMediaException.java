package io.roughcut.media;

/** The file is not a video Roughcut can read: an unsupported container, or no video stream. */
public final class UnsupportedMediaException extends InvalidMediaException {

    public UnsupportedMediaException(String message) {
        super(message);
    }

    public UnsupportedMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
