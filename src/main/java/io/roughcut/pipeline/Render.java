package io.roughcut.pipeline;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The render of one job's cut video, as the {@code job_renders} row holds it: what to keep (seconds of the
 * normalised recording), where the video goes, and how far it got. Immutable.
 *
 * @param keptHash        names the kept ranges (see {@link KeptRanges#hash}); a changed review has another
 * @param blobKey         where the video is, or will be, in the blob store
 * @param progress        0 to 100
 * @param sizeBytes       the video's size once done, otherwise null
 * @param durationSeconds the video's length once done, otherwise null
 * @param errorMessage    why the last try failed, or null
 */
public record Render(UUID jobId, String keptHash, KeptRanges kept, String blobKey, RenderState state, int progress,
                     Long sizeBytes, Double durationSeconds, String errorMessage, OffsetDateTime requestedAt,
                     OffsetDateTime finishedAt) {

    /** Where the cut video of these kept ranges goes: a fixed key, so a rerun overwrites and never adds. */
    static String blobKey(UUID jobId, String keptHash) {
        return prefix(jobId) + keptHash + ".mp4";
    }

    /** Where every rendered video of the job is. */
    static String prefix(UUID jobId) {
        return "jobs/" + jobId + "/render/";
    }
}
