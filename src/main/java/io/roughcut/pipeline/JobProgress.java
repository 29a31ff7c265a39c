package io.roughcut.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.roughcut.media.Normalization;
import io.roughcut.media.PreparationListener;
import io.roughcut.media.PreparationStage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.springframework.stereotype.Component;

/**
 * Writes a job's state and percent to the database and publishes them as events, so what the browser sees
 * live and what a reload shows are the same. The percent follows the work done in every stage, shared out by
 * {@link ProgressPlan}: conversion by FFmpeg's position, cutting by the seconds written, analysis by the
 * seconds each chunk's analyser has measured, wherever it runs. Reports come often; they are written at most
 * a few times a second per task, and the percent never goes back. Thread-safe.
 */
@Component
final class JobProgress {

    /** How often a running stage writes its percent: often enough to look smooth, rare enough to cost nothing. */
    static final Duration REPORT_EVERY = Duration.ofMillis(400);

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final JobEvents events;
    private final MeterRegistry metrics;

    JobProgress(JobRepository jobs, ChunkRepository chunks, JobEvents events, MeterRegistry metrics) {
        this.metrics = metrics;
        this.jobs = jobs;
        this.chunks = chunks;
        this.events = events;
    }

    void state(UUID jobId, JobState state, int progress) {
        jobs.updateState(jobId, state, progress);
        announce(jobId, state, progress);
    }

    /** Tells listeners of a state a task has already written (in its fenced transaction). */
    void announce(UUID jobId, JobState state, int progress) {
        metrics.counter("roughcut.jobs", "state", state.id()).increment();
        events.publish(JobEvent.job(jobId, state, progress, estimate(jobId)));
    }

    /**
     * Hears a prepare of {@code job}: the plan starts as if the upload were used as it is and takes the real
     * normalisation as soon as the probe has decided it.
     */
    Preparing preparing(Job job) {
        return new Preparing(job);
    }

    /** Hears the analysis of one chunk measure its seconds: 0 to 1 of the chunk, from any thread. */
    DoubleConsumer measuring(Job job, int chunkIndex) {
        ProgressPlan plan = ProgressPlan.of(job.normalization(), job.analyzer());
        Throttle throttle = new Throttle();
        return fraction -> {
            if (throttle.allows(fraction >= 1)) {
                chunks.setMeasured(job.id(), chunkIndex, fraction);
                write(job.id(), JobState.ANALYZING, plan.analysing(chunks.measuredShare(job.id())));
            }
        };
    }

    void chunkChanged(UUID jobId, int index, ChunkState state, Integer cutsFound) {
        metrics.counter("roughcut.chunks", "state", state.id()).increment();
        Job job = jobs.find(jobId).orElse(null);
        if (job == null) {
            return;
        }
        ProgressPlan plan = ProgressPlan.of(job.normalization(), job.analyzer());
        jobs.setProgress(jobId, (int) Math.floor(plan.analysing(chunks.measuredShare(jobId))));
        Job now = jobs.find(jobId).orElse(job);
        events.publish(JobEvent.chunk(jobId, JobState.ANALYZING, now.progress(), estimate(now), index, state,
                cutsFound));
    }

    private void write(UUID jobId, JobState state, double percent) {
        jobs.setProgress(jobId, (int) Math.floor(percent));
        Job now = jobs.find(jobId).orElse(null);
        if (now != null) {
            events.publish(JobEvent.job(jobId, state, now.progress(), estimate(now)));
        }
    }

    private OffsetDateTime estimate(UUID jobId) {
        return jobs.find(jobId).map(this::estimate).orElse(null);
    }

    private OffsetDateTime estimate(Job job) {
        return CompletionEstimate.of(job, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** A prepare's reports: its stages through the normaliser, then the publishing of its files. */
    final class Preparing implements PreparationListener {

        private final Job job;
        private final Throttle throttle = new Throttle();
        private volatile ProgressPlan plan;

        private Preparing(Job job) {
            this.job = job;
            this.plan = ProgressPlan.of((Normalization) null, AnalyzerOption.byId(job.analyzer())
                    .orElse(AnalyzerOption.LOCAL));
        }

        @Override
        public void decided(Normalization normalization) {
            plan = ProgressPlan.of(normalization, AnalyzerOption.byId(job.analyzer()).orElse(AnalyzerOption.LOCAL));
        }

        @Override
        public void progress(PreparationStage stage, double fraction) {
            if (throttle.allows(false)) {
                write(job.id(), JobState.PREPARING, plan.preparing(stage, fraction));
            }
        }

        /** {@code fraction} of the prepared files are in the blob store. */
        void publishing(double fraction) {
            if (throttle.allows(false)) {
                write(job.id(), JobState.PREPARING, plan.publishing(fraction));
            }
        }

        /** Where the analysis starts: the whole of preparing, by the plan it ended with. */
        int done() {
            return (int) Math.floor(plan.analysing(0));
        }
    }

    /** Lets a report through at most every {@link #REPORT_EVERY}, and always a final one. Thread-safe. */
    static final class Throttle {

        private long last = Long.MIN_VALUE;

        synchronized boolean allows(boolean isFinal) {
            long now = System.nanoTime();
            if (isFinal || last == Long.MIN_VALUE || now - last >= REPORT_EVERY.toNanos()) {
                last = now;
                return true;
            }
            return false;
        }
    }
}
