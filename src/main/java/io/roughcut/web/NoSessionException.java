package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** An API request without a live session: answered 401 with how to get one. Nothing is created for it. */
final class NoSessionException extends RoughcutException {

    NoSessionException(boolean presented) {
        super(Fault.NO_SESSION, (presented
                ? "This session does not exist or has expired (a session ends, with its videos, 30 days after it "
                        + "was last used). "
                : "This request has no session. ")
                + "Start one with POST /api/sessions/create and send its sessionId in the " + CurrentSession.HEADER
                + " header, or open the home page in a browser, which keeps the session in a cookie.");
    }

    @Override
    public String code() {
        return "no_session";
    }
}
