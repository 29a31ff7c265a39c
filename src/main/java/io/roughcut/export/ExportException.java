package io.roughcut.export;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** A cut list cannot be exported in the format asked for; the message says why and what to use instead. */
public final class ExportException extends RoughcutException {

    public ExportException(String message) {
        super(Fault.UNPROCESSABLE, message);
    }
}
