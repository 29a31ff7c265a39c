package io.roughcut.analysis;

import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;

/**
 * One chunk handed to an analyser. Immutable.
 *
 * @param file       the chunk's MP4, whose timestamps start at zero at {@code chunk.start()}
 * @param chunk      where the chunk lies in the recording
 * @param chunkCount how many chunks the recording has, so an analyser can tell the first and last
 * @param recording  what ffprobe says of the whole normalised recording; its {@code file} may be null, since a
 *                   worker on another host holds only the chunk
 * @param profile    what {@link Analyzer#profile} learned from the whole recording
 */
public record ChunkInput(Path file, PlannedChunk chunk, int chunkCount, MediaInfo recording,
                         RecordingProfile profile) {

    public boolean isFirst() {
        return chunk.index() == 0;
    }

    public boolean isLast() {
        return chunk.index() == chunkCount - 1;
    }
}
