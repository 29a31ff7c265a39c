package io.roughcut.analysis;

import io.roughcut.RoughcutException;

/** A chunk could not be analysed. The message says why, for the person reading the job's results. */
public class AnalysisException extends RoughcutException {

    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
