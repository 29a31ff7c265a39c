package io.roughcut.media;

/** The recording cannot be cut into chunks under the size limit, because its keyframes are too far apart. */
public final class UncuttableMediaException extends InvalidMediaException {

    public UncuttableMediaException(String message) {
        super(message);
    }

    public UncuttableMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
