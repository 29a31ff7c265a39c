package io.roughcut.media;

import java.nio.file.Path;

/**
 * The recording as an MP4 the rest of the pipeline can cut by stream copy. Immutable.
 *
 * @param file          the MP4: the source itself for {@link Normalization#AS_IS}, otherwise
 *                      {@code normalized.mp4} in the work directory
 * @param info          ffprobe's description of {@code file}
 * @param normalization what was done to get there
 */
public record NormalizedMedia(Path file, MediaInfo info, Normalization normalization) {
}
