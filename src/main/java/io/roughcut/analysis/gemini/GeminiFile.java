package io.roughcut.analysis.gemini;

/**
 * A file uploaded to Gemini's Files API, as its File JSON describes it. Immutable.
 *
 * @param name  {@code files/{id}}, used to get and delete it
 * @param uri   what generateContent refers to in {@code fileData.fileUri}
 * @param state PROCESSING, ACTIVE or FAILED
 * @param error the processing error's message when FAILED, else null
 */
record GeminiFile(String name, String uri, String mimeType, String state, String error) {

    boolean isActive() {
        return "ACTIVE".equals(state);
    }

    boolean isFailed() {
        return "FAILED".equals(state);
    }
}
