package io.roughcut.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes a job's state and percent to the database and publishes them as events, so what the browser sees
 * live and what a reload shows are the same. Preparing is the first 10 %, chunks the next 85 %. Thread-safe.
 */
@Component
final class JobProgress {

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
        events.publish(JobEvent.job(jobId, state, progress));
    }

    void preparing(UUID jobId, double fraction) {
        int progress = (int) Math.round(Math.min(1, Math.max(0, fraction)) * 10);
        jobs.setProgress(jobId, progress);
        events.publish(JobEvent.job(jobId, JobState.PREPARING, progress));
    }

    void chunkChanged(UUID jobId, int index, ChunkState state, Integer cutsFound) {
        metrics.counter("roughcut.chunks", "state", state.id()).increment();
        List<Chunk> all = chunks.list(jobId);
        long finished = all.stream().filter(c -> c.state() == ChunkState.COMPLETE || c.state() == ChunkState.FAILED).count();
        int progress = all.isEmpty() ? 10 : (int) (10 + 85 * finished / all.size());
        jobs.setProgress(jobId, progress);
        events.publish(JobEvent.chunk(jobId, JobState.ANALYZING, progress, index, state, cutsFound));
    }
}
