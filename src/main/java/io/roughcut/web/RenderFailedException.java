package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/**
 * The cut video could not be rendered: the server's trouble, never the reviewer's. Answered as the server
 * being unable to serve it (503) rather than an anonymous 500, because the message, which says what to do
 * next (render again, or render in an editor), is what the person needs.
 */
final class RenderFailedException extends RoughcutException {

    RenderFailedException(String message) {
        super(Fault.UNAVAILABLE, message);
    }

    @Override
    public String code() {
        return "render_failed";
    }
}
