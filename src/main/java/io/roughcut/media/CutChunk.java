package io.roughcut.media;

import java.nio.file.Path;

/** A chunk that the cutter has written: an independently playable MP4 whose timestamps start at zero. */
public record CutChunk(PlannedChunk plan, Path file, long sizeBytes) {
}
