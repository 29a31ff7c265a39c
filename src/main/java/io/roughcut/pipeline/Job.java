package io.roughcut.pipeline;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One video job as the database holds it. Sizes are bytes, durations seconds. Immutable.
 *
 * @param blobKey        where the uploaded original is in the blob store
 * @param workDir        the job's scratch directory (normalised file and chunks), or null before preparing
 * @param normalizedFile the normalised MP4 the chunks were cut from, or null before preparing
 * @param normalization  how the original became MP4: {@code none}, {@code remux} or {@code transcode}
 */
public record Job(UUID id, UUID sessionId, String shareToken, JobState state, int progress, String analyzer,
                  String fileName, long fileSize, String originalFormat, String normalization,
                  Double durationSeconds, String blobKey, String workDir, String normalizedFile, Double noiseFloorDb, Double speechLevelDb,
                  String errorMessage, OffsetDateTime createdAt, OffsetDateTime startedAt,
                  OffsetDateTime completedAt) {
}
