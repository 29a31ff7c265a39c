package io.roughcut.pipeline;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When a job should be done, from the rate its percent has moved since it started. The percent follows the
 * work done (see {@link ProgressPlan}), so the rate so far is the best guess of the rate to come. No estimate
 * is given before it can mean anything: in the first seconds, or the first percents, a guess is noise.
 */
public final class CompletionEstimate {

    private static final int MIN_PROGRESS = 3;
    private static final Duration MIN_ELAPSED = Duration.ofSeconds(4);

    private CompletionEstimate() {
    }

    /** The estimated end of a running job, or null when it is finished, not started, or too young to tell. */
    public static OffsetDateTime of(Job job, OffsetDateTime now) {
        return of(job.state(), job.startedAt(), job.progress(), now);
    }

    static OffsetDateTime of(JobState state, OffsetDateTime startedAt, int progress, OffsetDateTime now) {
        if (state.isFinished() || startedAt == null || progress < MIN_PROGRESS || progress >= 100) {
            return null;
        }
        Duration elapsed = Duration.between(startedAt, now);
        if (elapsed.compareTo(MIN_ELAPSED) < 0) {
            return null;
        }
        long leftMillis = Math.round(elapsed.toMillis() * (100.0 - progress) / progress);
        return now.plus(Duration.ofMillis(leftMillis));
    }
}
