package io.roughcut.pipeline;

import io.roughcut.media.CutChunk;
import io.roughcut.media.MediaInfo;
import java.util.List;

/**
 * A prepared recording: the original as probed, the normalised MP4 the chunks were cut from, how it was
 * normalised ({@code none}, {@code remux} or {@code transcode}) and the chunk files. Immutable.
 */
public record Prepared(MediaInfo source, MediaInfo normalized, String normalization, List<CutChunk> chunks) {

    public Prepared {
        chunks = List.copyOf(chunks);
    }
}
