package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.RecordingProfile;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One video job as the database holds it. Sizes are bytes, durations seconds. Everything a task needs is a
 * row or a blob key; no field is a local path. Immutable.
 *
 * @param blobKey           where the uploaded original is in the blob store
 * @param recordingKey      where the normalised recording the chunks were cut from is (the original itself
 *                          when it needed no change), or null before preparing
 * @param sourceInfoJson    what ffprobe said of the original, as {@link StoredMedia} JSON, or null before preparing
 * @param recordingInfoJson what ffprobe said of the normalised recording, or null before preparing
 * @param normalization     how the original became MP4: {@code as-is}, {@code remux}, {@code audio-transcode} or
 *                          {@code transcode}
 * @param options           what the person chose for the analysis: every chunk is analysed with these
 */
public record Job(UUID id, UUID sessionId, String shareToken, JobState state, int progress, String analyzer,
                  String fileName, long fileSize, String originalFormat, String normalization,
                  Double durationSeconds, String blobKey, String recordingKey, String sourceInfoJson,
                  String recordingInfoJson, Double noiseFloorDb, Double speechLevelDb, Double stillShare,
                  String errorMessage, OffsetDateTime createdAt, OffsetDateTime startedAt,
                  OffsetDateTime completedAt, AnalysisOptions options) {

    public Job {
        if (options == null) {
            throw new IllegalArgumentException("a job needs its analysis options");
        }
    }

    /** A job just made from an upload, waiting for its prepare task. */
    public static Job queued(UUID id, UUID sessionId, String analyzer, AnalysisOptions options, String fileName,
                             long fileSize, String originalFormat, Double durationSeconds, String blobKey) {
        return new Job(id, sessionId, null, JobState.QUEUED, 0, analyzer, fileName, fileSize, originalFormat, null,
                durationSeconds, blobKey, null, null, null, null, null, null, null, JobRepository.now(), null, null, options);
    }

    /** What the prepare step learned of the whole recording, for every chunk's analysis. */
    public RecordingProfile profile() {
        return RecordingProfile.stored(noiseFloorDb, speechLevelDb, stillShare);
    }
}
