package io.roughcut.web;

import io.roughcut.RoughcutException;

/** The job has no results yet; answered 409 so a client knows to wait rather than give up. */
public final class NotReadyException extends RoughcutException {

    public NotReadyException(String message) {
        super(message);
    }
}
