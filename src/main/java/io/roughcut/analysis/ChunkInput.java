package io.roughcut.analysis;

import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * One chunk handed to an analyser. Immutable.
 *
 * @param file       the chunk's MP4, whose timestamps start at zero at {@code chunk.start()}
 * @param chunk      where the chunk lies in the recording
 * @param chunkCount how many chunks the recording has, so an analyser can tell the first and last
 * @param recording  what ffprobe says of the whole normalised recording; its {@code file} may be null, since a
 *                   worker on another host holds only the chunk
 * @param profile    what {@link Analyzer#profile} learned from the whole recording
 * @param options    what the person chose for this analysis
 * @param measured   told the share of the chunk measured so far, from 0 to 1, as the work goes on, so a job of
 *                   one chunk shows progress too; it may be called from any thread, and often
 */
public record ChunkInput(Path file, PlannedChunk chunk, int chunkCount, MediaInfo recording,
                         RecordingProfile profile, AnalysisOptions options, DoubleConsumer measured) {

    /** A chunk analysed with the default options, whose progress nobody follows. */
    public ChunkInput(Path file, PlannedChunk chunk, int chunkCount, MediaInfo recording, RecordingProfile profile) {
        this(file, chunk, chunkCount, recording, profile, AnalysisOptions.DEFAULT, share -> { });
    }

    public ChunkInput {
        if (options == null || measured == null) {
            throw new IllegalArgumentException("a chunk needs its options and a progress listener");
        }
    }

    /** This chunk as another file (a half of it, say) with the same recording, options and listener. */
    public ChunkInput withPart(Path partFile, PlannedChunk part, DoubleConsumer partMeasured) {
        return new ChunkInput(partFile, part, chunkCount, recording, profile, options, partMeasured);
    }

    public boolean isFirst() {
        return chunk.index() == 0;
    }

    public boolean isLast() {
        return chunk.index() == chunkCount - 1;
    }
}
