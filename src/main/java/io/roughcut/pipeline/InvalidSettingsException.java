package io.roughcut.pipeline;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/**
 * An upload or a re-analysis asked for analysis settings out of their range; nothing was stored or started.
 * The message names the field and the range. The web layer answers 400.
 */
public final class InvalidSettingsException extends RoughcutException {

    public InvalidSettingsException(String message) {
        super(Fault.BAD_REQUEST, message);
    }

    @Override
    public String code() {
        return "invalid_settings";
    }
}
