package io.roughcut.pipeline;

import io.roughcut.analysis.Segment;
import io.roughcut.analysis.Usage;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.storage.BlobStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Combines the chunk rows into the job's result and finishes the job: COMPLETE, PARTIAL when some chunks
 * failed, FAILED when all did. Keeps the normalised video in the blob store for the preview player and
 * drops the work files.
 */
@Component
final class AggregateTask implements TaskHandler {

    private static final TypeReference<List<Segment>> SEGMENTS = new TypeReference<>() { };

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final ResultRepository results;
    private final JobProgress progress;
    private final ProcessingLog log;
    private final BlobStore blobs;
    private final Preparation preparation;
    private final ResultAssembly assembly;
    private final WorkDirs workDirs;
    private final JsonMapper json;

    AggregateTask(JobRepository jobs, ChunkRepository chunks, ResultRepository results, JobProgress progress,
                  ProcessingLog log, BlobStore blobs, Preparation preparation, ResultAssembly assembly,
                  WorkDirs workDirs, JsonMapper json) {
        this.jobs = jobs;
        this.chunks = chunks;
        this.results = results;
        this.progress = progress;
        this.log = log;
        this.blobs = blobs;
        this.preparation = preparation;
        this.assembly = assembly;
        this.workDirs = workDirs;
        this.json = json;
    }

    /** Where a finished job's normalised video is kept. */
    static String normalizedKey(Job job) {
        return "jobs/" + job.id() + "/normalized.mp4";
    }

    @Override
    public TaskType type() {
        return TaskType.AGGREGATE;
    }

    @Override
    public List<Task> run(Task task) {
        Job job = jobs.find(task.jobId()).orElse(null);
        if (job == null || job.state().isFinished()) {
            return List.of();
        }
        progress.state(job.id(), JobState.AGGREGATING, 95);
        MediaInfo original = preparation.probe(blobs.localFile(job.blobKey(), workDirs.of(job.id())));
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
                job.normalization(), job.analyzer(), outcomes, elapsed));
        results.save(job.id(), result);
        keepNormalized(job);
        JobState end = failed == 0 ? JobState.COMPLETE : failed == outcomes.size() ? JobState.FAILED : JobState.PARTIAL;
        if (end == JobState.FAILED) {
            jobs.fail(job.id(), "Every chunk failed to analyse; see the chunk errors.");
        }
        progress.state(job.id(), end, 100);
        log.info(job.id(), null, "Finished: " + end.id());
        return List.of();
    }

    private void keepNormalized(Job job) {
        Path normalized = job.normalizedFile() == null ? null : Path.of(job.normalizedFile());
        if (normalized != null && normalized.startsWith(workDirs.of(job.id())) && Files.isRegularFile(normalized)) {
            blobs.putFile(normalizedKey(job), normalized);
        }
        workDirs.delete(job.id());
    }

    @Override
    public List<Task> giveUp(Task task, RuntimeException cause) {
        jobs.fail(task.jobId(), "Combining the chunk results failed: " + cause.getMessage());
        log.error(task.jobId(), null, "Aggregation failed: " + cause.getMessage());
        progress.state(task.jobId(), JobState.FAILED, 100);
        workDirs.delete(task.jobId());
        return List.of();
    }
}
