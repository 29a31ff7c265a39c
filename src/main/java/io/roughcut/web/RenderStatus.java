package io.roughcut.web;

import io.roughcut.pipeline.RenderState;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the rendered cut video of a job's review stands, as its page and scripts see it. Durations in seconds,
 * sizes in bytes. Immutable.
 *
 * @param progress        0 to 100
 * @param keptSeconds     how long the video will be: the parts of the recording the review keeps
 * @param durationSeconds the rendered video's length, once done (the kept time on the recording's frames)
 * @param sizeBytes       the rendered video's size, once done
 * @param message         for a failed render: what went wrong and what to do next
 * @param url             where the video downloads from (and plays from, with byte ranges) once done
 */
@Schema(name = "RenderStatus")
record RenderStatus(RenderState state, @Schema(minimum = "0", maximum = "100", example = "40") int progress,
                    @Schema(example = "3112.5") double keptSeconds, @Schema(example = "3112.5") Double durationSeconds,
                    @Schema(example = "402653184") Long sizeBytes, String message,
                    @Schema(example = "/api/export/5b0e8f9e-3c1a-4d2b-9f5e-0a1b2c3d4e5f/mp4") String url) {
}
