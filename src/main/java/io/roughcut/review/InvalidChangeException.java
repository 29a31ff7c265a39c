package io.roughcut.review;

import io.roughcut.RoughcutException;

/** A change to a cut list that cannot be made as asked; the message names the cut and what is wrong. */
public final class InvalidChangeException extends RoughcutException {

    public InvalidChangeException(String message) {
        super(io.roughcut.Fault.BAD_REQUEST, message);
    }
}
