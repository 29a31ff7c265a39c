package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** A request body or parameter is wrong; the message names the field. */
public final class BadRequestException extends RoughcutException {

    public BadRequestException(String message) {
        super(Fault.BAD_REQUEST, message);
    }
}
