package io.roughcut.pipeline;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** An upload asked for an analyser this deployment does not offer; nothing was stored. The web layer answers 400. */
public final class AnalyzerUnavailableException extends RoughcutException {

    public AnalyzerUnavailableException(String message) {
        super(Fault.BAD_REQUEST, message);
    }

    @Override
    public String code() {
        return "analyzer_unavailable";
    }
}
