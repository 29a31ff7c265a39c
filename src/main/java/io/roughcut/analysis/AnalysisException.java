package io.roughcut.analysis;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** A chunk could not be analysed. The message says why, for the person reading the job's results. */
public class AnalysisException extends RoughcutException {

    public AnalysisException(String message) {
        super(Fault.INTERNAL, message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(Fault.INTERNAL, message, cause);
    }

    /** For failures that are not Roughcut's own, such as content the model refuses or a missing key. */
    protected AnalysisException(Fault fault, String message, Throwable cause) {
        super(fault, message, cause);
    }
}
