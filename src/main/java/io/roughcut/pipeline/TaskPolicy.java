package io.roughcut.pipeline;

import java.time.Duration;

/**
 * How the pipeline treats one type of task: how often it is tried, how long one try may take before the
 * task is considered abandoned, how long to wait before a retry (doubled per attempt), and how many run at
 * once. The single table of these is {@link #of}. Immutable.
 */
public record TaskPolicy(int attempts, Duration timeout, Duration backoff, int concurrency) {

    /** The one place where per-type policy is decided. */
    public static TaskPolicy of(TaskType type, PipelineSettings settings) {
        return switch (type) {
            case PREPARE -> new TaskPolicy(3, Duration.ofHours(2), Duration.ofSeconds(2), settings.concurrentJobs());
            case ANALYZE_CHUNK -> new TaskPolicy(3, Duration.ofMinutes(30), Duration.ofSeconds(1), settings.analyzeWorkers());
            case AGGREGATE -> new TaskPolicy(3, Duration.ofMinutes(5), Duration.ofSeconds(1), settings.concurrentJobs());
        };
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed tries. */
    public Duration backoffAfter(int attempt) {
        return backoff.multipliedBy(1L << Math.min(10, Math.max(0, attempt - 1)));
    }
}
