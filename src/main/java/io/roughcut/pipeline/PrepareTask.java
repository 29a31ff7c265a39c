package io.roughcut.pipeline;

import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.CutChunk;
import io.roughcut.media.RecordingNotes;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.DiskSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Probes, normalises and cuts the upload, then writes the chunk rows and one analyse task per chunk. */
@Component
final class PrepareTask implements TaskHandler {

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final TaskRepository tasks;
    private final JobProgress progress;
    private final ProcessingLog log;
    private final BlobStore blobs;
    private final Preparation preparation;
    private final AnalyzerCatalog analyzers;
    private final WorkDirs workDirs;
    private final TransactionTemplate transaction;
    private final DiskSpace disk;

    PrepareTask(JobRepository jobs, ChunkRepository chunks, TaskRepository tasks, JobProgress progress,
                ProcessingLog log, BlobStore blobs, Preparation preparation, AnalyzerCatalog analyzers, WorkDirs workDirs,
                TransactionTemplate transaction, DiskSpace disk) {
        this.disk = disk;
        this.jobs = jobs;
        this.chunks = chunks;
        this.tasks = tasks;
        this.progress = progress;
        this.log = log;
        this.blobs = blobs;
        this.preparation = preparation;
        this.analyzers = analyzers;
        this.workDirs = workDirs;
        this.transaction = transaction;
    }

    @Override
    public TaskType type() {
        return TaskType.PREPARE;
    }

    @Override
    public List<Task> run(Task task) {
        Job job = jobs.find(task.jobId()).orElse(null);
        if (job == null || (job.state() != JobState.QUEUED && job.state() != JobState.PREPARING)) {
            // Deleted, or prepared by an earlier run whose "done" was lost: its analyse tasks already exist.
            return List.of();
        }
        progress.state(job.id(), JobState.PREPARING, 0);
        log.info(job.id(), null, "Preparing " + job.fileName() + " for the " + job.analyzer() + " analyser");
        // The MP4 version and the chunks together take up to about twice the upload: refuse before writing.
        disk.require(2 * job.fileSize(), "preparing " + job.fileName());
        Path workDir = workDirs.fresh(job.id());
        Path source = blobs.localFile(job.blobKey(), workDir);
        Prepared prepared = preparation.prepare(source, workDir, analyzers.maxChunkSeconds(job.analyzer()),
                f -> progress.preparing(job.id(), f));
        RecordingNotes.of(job.fileName(), prepared.source(), prepared.normalized()).forEach(n -> log.note(job.id(), n));
        RecordingProfile profile = analyzers.analyzer(job.analyzer()).profile(new Recording(prepared.normalized().file(), prepared.normalized()));
        List<Chunk> rows = new ArrayList<>();
        for (CutChunk c : prepared.chunks()) {
            rows.add(new Chunk(job.id(), c.plan().index(), c.plan().start(), c.plan().end(), c.plan().fileEnd(),
                    c.sizeBytes(), workDir.relativize(c.file()).toString(), ChunkState.PENDING, 0, null, null, null, null));
        }
        List<Task> created = transaction.execute(status -> {
            jobs.setPrepared(job.id(), prepared.source().container().id(), prepared.normalization(),
                    prepared.normalized().durationSeconds(), prepared.normalized().file().toString(),
                    profile.isKnown() ? profile.noiseFloorDb() : null, profile.isKnown() ? profile.speechLevelDb() : null);
            chunks.replaceAll(job.id(), rows);
            tasks.deleteForJob(job.id(), TaskType.ANALYZE_CHUNK);
            List<Task> analyse = new ArrayList<>();
            for (Chunk c : rows) {
                tasks.create(job.id(), TaskType.ANALYZE_CHUNK, c.index()).ifPresent(analyse::add);
            }
            return analyse;
        });
        progress.state(job.id(), JobState.ANALYZING, 10);
        log.info(job.id(), null, "Prepared: " + prepared.normalization() + ", " + rows.size() + " chunk(s), "
                + Math.round(prepared.normalized().durationSeconds()) + " s");
        return created;
    }

    @Override
    public List<Task> giveUp(Task task, RuntimeException cause) {
        jobs.find(task.jobId()).ifPresent(job -> {
            jobs.fail(job.id(), cause.getMessage());
            log.error(job.id(), null, "Preparing failed: " + cause.getMessage());
            progress.state(job.id(), JobState.FAILED, job.progress());
            // Nothing will read a failed job's work files; they would otherwise wait for the session's expiry.
            workDirs.delete(job.id());
        });
        return List.of();
    }
}
