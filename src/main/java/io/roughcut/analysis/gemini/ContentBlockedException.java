package io.roughcut.analysis.gemini;

import io.roughcut.Fault;
import io.roughcut.analysis.AnalysisException;

/**
 * Gemini refused to analyse a chunk's content (SAFETY, PROHIBITED_CONTENT and similar). Another try gets
 * the same answer, so the chunk fails at once; its message names the reason.
 */
public final class ContentBlockedException extends AnalysisException {

    public ContentBlockedException(String message) {
        super(Fault.UNPROCESSABLE, message, null);
    }
}
