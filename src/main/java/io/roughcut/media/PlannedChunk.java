package io.roughcut.media;

/**
 * One chunk of a {@link ChunkPlan}, in seconds of the normalised recording. The chunk file starts at the
 * keyframe at {@code start}; its own part of the recording ends at {@code end}, where the next chunk
 * starts; the file runs on to {@code fileEnd} when the plan has an overlap. Immutable.
 *
 * @param estimatedBytes the bytes of the packets between {@code start} and {@code fileEnd}, from the real
 *                       packet sizes
 */
public record PlannedChunk(int index, double start, double end, double fileEnd, long estimatedBytes) {

    /** The seconds this chunk owns, without overlap. */
    public double duration() {
        return end - start;
    }

    /** The seconds in the chunk's file, with overlap. */
    public double fileDuration() {
        return fileEnd - start;
    }
}
