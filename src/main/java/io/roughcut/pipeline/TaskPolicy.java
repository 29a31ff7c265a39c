package io.roughcut.pipeline;

import java.time.Duration;

/**
 * How the pipeline treats one type of task: how often it is tried, how long one try may run before it is
 * stopped and counted as failed (a live task is never taken over for being slow: only a missing heartbeat
 * does that), how long to wait before a retry (doubled per attempt), and how many run at once in one
 * process. The single table of these is {@link #of}. Immutable.
 */
public record TaskPolicy(int attempts, Duration limit, Duration backoff, int concurrency) {

    /** The one place where per-type policy is decided. */
    public static TaskPolicy of(TaskType type, PipelineSettings settings) {
        return switch (type) {
            // The normaliser alone may take 6 h to transcode a 5 GB hour on a small machine.
            case PREPARE -> new TaskPolicy(3, Duration.ofHours(8), Duration.ofSeconds(2), settings.concurrentJobs());
            case ANALYZE_CHUNK -> new TaskPolicy(3, Duration.ofMinutes(30), Duration.ofSeconds(1), settings.analyzeWorkers());
            case AGGREGATE -> new TaskPolicy(3, Duration.ofMinutes(5), Duration.ofSeconds(1), settings.concurrentJobs());
            // A smart render of an hour copies most of it and re-encodes seconds around each cut, on up to four
            // cores of its own (RenderSettings.parallelism): one at a time per process, and a full re-encode of
            // a long 4K file still fits in the limit.
            case RENDER -> new TaskPolicy(2, Duration.ofHours(3), Duration.ofSeconds(5), 1);
        };
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed tries. */
    public Duration backoffAfter(int attempt) {
        return backoff.multipliedBy(1L << Math.min(10, Math.max(0, attempt - 1)));
    }
}
