package io.roughcut.pipeline;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** The review cuts the whole recording, so there is no video to render: the reviewer's to change. */
public final class NothingKeptException extends RoughcutException {

    public NothingKeptException(String fileName) {
        super(Fault.CONFLICT, "Every part of " + fileName + " is cut, so there is no video to render. Reject some "
                + "cuts and render again.");
    }

    @Override
    public String code() {
        return "nothing_kept";
    }
}
