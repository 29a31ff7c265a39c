package io.roughcut.media;

import io.roughcut.RoughcutException;

/** The cut video cannot be rendered; the message says why and what to do instead. */
public final class RenderException extends RoughcutException {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
