package io.roughcut.media;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/**
 * The input file cannot be used as a video: the parent of every "bad or unsupported media" error.
 * The CLI exits with code 3 for these, the web layer answers 4xx.
 */
public class InvalidMediaException extends RoughcutException {

    public InvalidMediaException(String message) {
        super(Fault.UNPROCESSABLE, message);
    }

    public InvalidMediaException(String message, Throwable cause) {
        super(Fault.UNPROCESSABLE, message, cause);
    }

    /** For the kinds of bad media that are not merely unusable, such as an unsupported format. */
    protected InvalidMediaException(Fault fault, String message, Throwable cause) {
        super(fault, message, cause);
    }

    @Override
    public String code() {
        return "invalid_media";
    }
}
