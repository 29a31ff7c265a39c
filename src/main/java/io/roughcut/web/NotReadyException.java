package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** The job has no results yet; answered 409 so a client knows to wait rather than give up. */
public final class NotReadyException extends RoughcutException {

    public NotReadyException(String message) {
        super(Fault.CONFLICT, message);
    }

    @Override
    public String code() {
        return "not_ready";
    }
}
