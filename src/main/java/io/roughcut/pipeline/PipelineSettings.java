package io.roughcut.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pipeline's knobs ({@code roughcut.pipeline.*}). Immutable.
 *
 * @param analyzer          which analyser runs chunks when an upload names none: {@code local} by default
 * @param chunksPerJob      how many chunks of one job are analysed at once, over all processes
 * @param analyzeWorkers    how many chunks this process analyses at once
 * @param concurrentJobs    how many jobs are under way (preparing, analysing or aggregating) at once, over all
 *                          processes
 * @param visibilityTimeout how long a claimed task may go without a heartbeat before another process takes it
 *                          over; its process is then presumed dead
 * @param heartbeatEvery    how often a running task's heartbeat is written; well under the visibility timeout
 * @param reconcileEvery    how often pending tasks that no queue holds are delivered again, and stale ones reset
 * @param workerName        how this process signs its claims in the tasks table; its host name and pid if empty
 * @param outageRetryEvery  how long a task waits before it tries again when the blob store or the database
 *                          could not be reached; such tries do not use up the task's attempts
 * @param outageRetries     how many such tries a task makes before it fails after all
 */
@ConfigurationProperties("roughcut.pipeline")
public record PipelineSettings(String analyzer, int chunksPerJob, int analyzeWorkers, int concurrentJobs,
                               @DefaultValue("60s") Duration visibilityTimeout,
                               @DefaultValue("10s") Duration heartbeatEvery,
                               @DefaultValue("15s") Duration reconcileEvery,
                               @DefaultValue("") String workerName,
                               @DefaultValue("10s") Duration outageRetryEvery,
                               @DefaultValue("90") int outageRetries) {

    public PipelineSettings {
        if (workerName == null || workerName.isBlank()) {
            workerName = hostName() + "/" + ProcessHandle.current().pid();
        }
        if (heartbeatEvery.compareTo(visibilityTimeout.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("roughcut.pipeline.heartbeat-every (" + heartbeatEvery + ") must be at "
                    + "most half of roughcut.pipeline.visibility-timeout (" + visibilityTimeout + "), or a live task "
                    + "could be taken over.");
        }
        if (chunksPerJob < 1 || analyzeWorkers < 1 || concurrentJobs < 1) {
            throw new IllegalArgumentException("roughcut.pipeline.chunks-per-job, analyze-workers and concurrent-jobs "
                    + "must each be at least 1.");
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
