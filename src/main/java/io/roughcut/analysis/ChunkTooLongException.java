package io.roughcut.analysis;

/**
 * The analyser could not finish a chunk in one piece: it timed out, or its answer hit the output limit.
 * Whoever runs the analysis splits the chunk in half and analyses the halves, down to a minimum length.
 */
public final class ChunkTooLongException extends AnalysisException {

    public ChunkTooLongException(String message) {
        super(message);
    }

    public ChunkTooLongException(String message, Throwable cause) {
        super(message, cause);
    }
}
