package io.roughcut.analysis;

/**
 * Finds what to cut in one chunk of a recording. Implementations: {@code local} (signal analysis, offline),
 * {@code gemini}, and {@code hybrid}. Implementations are thread-safe: the chunks of a recording are
 * analysed in parallel by one instance.
 */
public interface Analyzer {

    /** The name shown in results ({@code processing.analyzer}) and chosen on the command line. */
    String name();

    /**
     * Reads, once per recording and before any chunk, what every chunk's analysis must share, so that a
     * recording analysed in chunks gives the same cuts as analysed whole. May read the whole file.
     */
    default RecordingProfile profile(Recording recording) {
        return RecordingProfile.NONE;
    }

    /**
     * Analyses one chunk. Segment times are relative to the start of the chunk's file.
     *
     * @throws ChunkTooLongException when the chunk should be split in half and tried again
     * @throws AnalysisException      when the chunk cannot be analysed; its message says why
     */
    ChunkAnalysis analyze(ChunkInput chunk);
}
