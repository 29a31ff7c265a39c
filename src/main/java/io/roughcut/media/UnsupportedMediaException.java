package io.roughcut.media;

import io.roughcut.Fault;

/** The file is not a video Roughcut can read: an unsupported container, or no video stream. */
public final class UnsupportedMediaException extends InvalidMediaException {

    public UnsupportedMediaException(String message) {
        super(Fault.UNSUPPORTED_MEDIA, message, null);
    }

    public UnsupportedMediaException(String message, Throwable cause) {
        super(Fault.UNSUPPORTED_MEDIA, message, cause);
    }
}
