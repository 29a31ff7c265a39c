package io.roughcut.pipeline;

import io.roughcut.analysis.Segment;
import io.roughcut.analysis.Usage;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Combines the chunk rows into the job's result and finishes the job: COMPLETE, PARTIAL when some chunks
 * failed, FAILED when all did. It reads rows only: the original's description was stored by prepare. The
 * chunk files stay, with the normalised recording, so the job can be analysed again with other settings
 * without preparing it again; they go with the job.
 */
@Component
final class AggregateTask implements TaskHandler {

    private static final TypeReference<List<Segment>> SEGMENTS = new TypeReference<>() { };

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final ResultRepository results;
    private final JobProgress progress;
    private final ProcessingLog log;
    private final ResultAssembly assembly;
    private final StoredMedia stored;
    private final JsonMapper json;
    private final ReviewCarryOver carryOver;

    AggregateTask(JobRepository jobs, ChunkRepository chunks, ResultRepository results, JobProgress progress,
                  ProcessingLog log, ResultAssembly assembly, StoredMedia stored, JsonMapper json,
                  ReviewCarryOver carryOver) {
        this.carryOver = carryOver;
        this.jobs = jobs;
        this.chunks = chunks;
        this.results = results;
        this.progress = progress;
        this.log = log;
        this.assembly = assembly;
        this.stored = stored;
        this.json = json;
    }

    @Override
    public TaskType type() {
        return TaskType.AGGREGATE;
    }

    @Override
    public TaskResult run(Claim claim, Path scratch) {
        Job job = jobs.find(claim.jobId()).orElse(null);
        if (job == null || job.state().isFinished()) {
            return TaskResult.NOTHING;
        }
        progress.state(job.id(), JobState.AGGREGATING, ProgressPlan.AGGREGATING_FROM);
        MediaInfo original = stored.read(job.sourceInfoJson(), null);
        List<ChunkOutcome> outcomes = new ArrayList<>();
        int failed = 0;
        for (Chunk c : chunks.list(job.id())) {
            List<Segment> segments = c.segmentsJson() == null ? List.of() : json.readValue(c.segmentsJson(), SEGMENTS);
            Usage usage = c.usageJson() == null ? Usage.NONE : json.readValue(c.usageJson(), Usage.class);
            outcomes.add(new ChunkOutcome(new PlannedChunk(c.index(), c.start(), c.end(), c.fileEnd(), c.sizeBytes()),
                    c.sizeBytes(), c.state(), segments, usage, c.errorMessage()));
            failed += c.state() == ChunkState.FAILED ? 1 : 0;
        }
        long elapsed = job.startedAt() == null ? 0
                : Duration.between(job.startedAt(), JobRepository.now()).toMillis();
        String result = assembly.aggregate(new Aggregation(job.id(), job.fileName(), job.fileSize(), original,
                job.durationSeconds() == null ? original.durationSeconds() : job.durationSeconds(),
                job.normalization(), job.analyzer(), outcomes, elapsed, job.options().pictureChecks()));
        JobState end = failed == 0 ? JobState.COMPLETE : failed == outcomes.size() ? JobState.FAILED : JobState.PARTIAL;
        AtomicReference<String> kept = new AtomicReference<>();
        return TaskResult.of(() -> {
            // A job analysed again has its earlier result still: the person's review moves onto the new one.
            results.find(job.id()).map(earlier -> carryOver.carry(job.id(), earlier, result)).ifPresent(kept::set);
            results.save(job.id(), result);
            if (end == JobState.FAILED) {
                jobs.fail(job.id(), "Every chunk failed to analyse; see the chunk errors.");
            }
            jobs.updateState(job.id(), end, 100);
            return List.of();
        }, () -> {
            progress.announce(job.id(), end, 100);
            if (kept.get() != null) {
                log.info(job.id(), null, kept.get());
            }
            log.info(job.id(), null, "Finished: " + end.id());
        });
    }

    @Override
    public TaskResult giveUp(Claim claim, RuntimeException cause) {
        return TaskResult.of(() -> {
            jobs.fail(claim.jobId(), "Combining the chunk results failed: " + cause.getMessage());
            jobs.setProgress(claim.jobId(), 100);
            return List.of();
        }, () -> {
            log.error(claim.jobId(), null, "Aggregation failed: " + cause.getMessage());
            progress.announce(claim.jobId(), JobState.FAILED, 100);
        });
    }
}
