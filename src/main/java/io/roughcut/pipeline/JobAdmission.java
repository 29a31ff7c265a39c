package io.roughcut.pipeline;

import java.util.UUID;

/**
 * The last word on a new job, once its upload has been probed and its duration is known: a limit that needs
 * the duration (the Gemini spending caps) refuses here, by throwing a {@link io.roughcut.RoughcutException},
 * before the video is stored. Implementations are thread-safe.
 */
public interface JobAdmission {

    /**
     * @param jobId the id the job will have, should it be admitted
     * @throws io.roughcut.RoughcutException when the job may not start
     */
    void admit(UUID sessionId, UUID jobId, AnalyzerOption analyzer, double durationSeconds);
}
