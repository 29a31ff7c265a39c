package io.roughcut.cutlist;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** A decision named a cut that the result does not have. */
public final class UnknownCutException extends RoughcutException {

    public UnknownCutException(String cutId) {
        super(Fault.NOT_FOUND, "There is no cut '" + cutId + "' in this result. Reload the result and use one of its cut ids.");
    }
}
