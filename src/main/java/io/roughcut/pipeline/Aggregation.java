package io.roughcut.pipeline;

import io.roughcut.analysis.PictureChecks;
import io.roughcut.media.MediaInfo;
import java.util.List;
import java.util.UUID;

/**
 * Everything the aggregate step combines into one cut list. Immutable.
 *
 * @param original        the uploaded file as probed
 * @param durationSeconds the normalised recording's duration, which every cut time refers to
 * @param normalization how it became MP4: {@code none}, {@code remux} or {@code transcode}
 * @param elapsedMs     milliseconds from the job's start to now
 * @param pictureChecks the picture-checks mode the job was analysed with, which the result names
 */
public record Aggregation(UUID jobId, String fileName, long sizeBytes, MediaInfo original, double durationSeconds,
                          String normalization,
                          String analyzer, List<ChunkOutcome> chunks, long elapsedMs, PictureChecks pictureChecks) {
}
