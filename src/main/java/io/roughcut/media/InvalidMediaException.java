package io.roughcut.media;

import io.roughcut.RoughcutException;

/**
 * The input file cannot be used as a video: the parent of every "bad or unsupported media" error.
 * The CLI exits with code 3 for these, the web layer answers 4xx.
 */
public class InvalidMediaException extends RoughcutException {

    public InvalidMediaException(String message) {
        super(message);
    }

    public InvalidMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
