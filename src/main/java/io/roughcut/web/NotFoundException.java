package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** No such job, segment or share link for this caller; another session's job is reported the same way. */
public final class NotFoundException extends RoughcutException {

    public NotFoundException(String message) {
        super(Fault.NOT_FOUND, message);
    }
}
