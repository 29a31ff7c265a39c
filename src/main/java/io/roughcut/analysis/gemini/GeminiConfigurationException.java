package io.roughcut.analysis.gemini;

import io.roughcut.Fault;
import io.roughcut.analysis.AnalysisException;

/**
 * Gemini refused every request for a reason no retry can fix: the API key is missing or wrong, or the
 * model does not exist (any more). The job should stop at once; the message says what to change.
 */
public final class GeminiConfigurationException extends AnalysisException {

    public GeminiConfigurationException(String message) {
        super(Fault.UNAVAILABLE, message, null);
    }

    public GeminiConfigurationException(String message, Throwable cause) {
        super(Fault.UNAVAILABLE, message, cause);
    }
}
