package io.roughcut.web;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.media.Normalization;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.JobState;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A job as its page and scripts see it: the brief's status fields. Sizes in bytes, durations in seconds, times
 * in UTC. Immutable.
 *
 * @param progress           0 to 100
 * @param originalFormat     the uploaded container, such as {@code mov}
 * @param conversionRequired true once it is known that the upload had to be converted to MP4
 * @param normalization      what was done to make it MP4, once known
 * @param durationSeconds    the video's length, once probed
 * @param estimatedCompletion when the job should be done, from the rate of its progress so far; null while it
 *                           is finished, queued or too young to tell
 * @param error              why the job failed, for a failed job
 * @param shared             true while a share link exists
 * @param notes              what the person should know about the result: a recording that ended before its
 *                           stated length, or had no sound
 * @param options            the analysis settings the job was (or is being) analysed with
 */
@Schema(name = "JobStatus")
public record JobStatus(UUID jobId, JobState status, @Schema(minimum = "0", maximum = "100", example = "52") int progress,
                        AnalyzerOption analyzer, @Schema(example = "talk.mov") String fileName,
                        @Schema(example = "734003200") long fileSize, @Schema(example = "mov") String originalFormat,
                        boolean conversionRequired, Normalization normalization,
                        @Schema(example = "3600.0") Double durationSeconds, ChunkCounts chunks,
                        OffsetDateTime estimatedCompletion, String error, boolean shared, OffsetDateTime createdAt,
                        OffsetDateTime completedAt, List<String> notes, AnalysisOptions options) {

    /** How many of the job's chunks are in each state. Immutable. */
    @Schema(name = "ChunkCounts")
    public record ChunkCounts(int total, int complete, int processing, int pending, int failed) {
    }
}
