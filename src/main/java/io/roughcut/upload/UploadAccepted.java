package io.roughcut.upload;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * The answer to an accepted multipart upload, as the brief shapes it. Immutable.
 *
 * @param jobId    the new job: follow it at {@code /api/videos/{jobId}/status}
 * @param fileName the name the job shows, as the uploaded name was made safe to show
 */
@Schema(name = "UploadAccepted")
public record UploadAccepted(@Schema(example = "true") boolean success, UUID jobId,
                             @Schema(example = "talk.mp4") String fileName,
                             @Schema(example = "Video uploaded and processing started") String message) {
}
