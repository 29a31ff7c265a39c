package io.roughcut.media;

import io.roughcut.Fault;

/** The file is larger than the upload limit (5 GiB by default). */
public final class MediaTooLargeException extends InvalidMediaException {

    public MediaTooLargeException(String message) {
        super(Fault.TOO_LARGE, message, null);
    }

    public MediaTooLargeException(String message, Throwable cause) {
        super(Fault.TOO_LARGE, message, cause);
    }
}
