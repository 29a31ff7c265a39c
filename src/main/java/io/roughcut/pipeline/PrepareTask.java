package io.roughcut.pipeline;

import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.CutChunk;
import io.roughcut.media.RecordingNotes;
import io.roughcut.storage.BlobStore;
import io.roughcut.media.RecordingNotes;
import io.roughcut.storage.DiskSpace;
import io.roughcut.storage.LocalCopy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Probes, normalises and cuts the upload in the task's scratch directory, publishes the normalised recording
 * and every chunk to the blob store under fixed keys, then writes the chunk rows and one analyse task per
 * chunk. The original's and the recording's descriptions go on the job's row, so no later task probes again.
 */
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
    private final StoredMedia stored;
    private final DiskSpace disk;
    private final JobAdmission admission;

    PrepareTask(JobRepository jobs, ChunkRepository chunks, TaskRepository tasks, JobProgress progress,
                ProcessingLog log, BlobStore blobs, Preparation preparation, AnalyzerCatalog analyzers, StoredMedia stored,
                DiskSpace disk, JobAdmission admission) {
        this.disk = disk;
        this.admission = admission;
        this.jobs = jobs;
        this.chunks = chunks;
        this.tasks = tasks;
        this.progress = progress;
        this.log = log;
        this.blobs = blobs;
        this.preparation = preparation;
        this.analyzers = analyzers;
        this.stored = stored;
    }

    /** Where a job's normalised recording is kept, when it is not the original itself. */
    static String normalizedKey(UUID jobId) {
        return "jobs/" + jobId + "/normalized.mp4";
    }

    @Override
    public TaskType type() {
        return TaskType.PREPARE;
    }

    @Override
    public TaskResult run(Claim claim, Path scratch) {
        Job job = jobs.find(claim.jobId()).orElse(null);
        if (job == null || (job.state() != JobState.QUEUED && job.state() != JobState.PREPARING)) {
            // Deleted, or prepared by an earlier run whose "done" was lost: its analyse tasks already exist.
            return TaskResult.NOTHING;
        }
        progress.state(job.id(), JobState.PREPARING, 0);
        JobProgress.Preparing preparing = progress.preparing(job);
        log.info(job.id(), null, "Preparing " + job.fileName() + " for the " + job.analyzer() + " analyser");
        // The original's copy, the MP4 version and the chunks take up to about three times the upload: refuse
        // before writing any of it.
        disk.require(3 * job.fileSize(), "preparing " + job.fileName());
        Prepared prepared;
        RecordingProfile profile;
        String recordingKey;
        List<Chunk> rows = new ArrayList<>();
        try (LocalCopy original = blobs.fetch(job.blobKey(), scratch.resolve("original"))) {
            Path work = scratch.resolve("work");
            prepared = preparation.prepare(original.path(), job.fileName(), work, analyzers.maxChunkSeconds(job.analyzer()),
                    preparing);
            if (job.originalFormat() == null) {
                // The upload was in a bucket, so it was not probed when it arrived: its duration is known only now.
                admission.admit(job.sessionId(), job.id(), AnalyzerOption.byId(job.analyzer()).orElse(AnalyzerOption.LOCAL),
                        prepared.source().durationSeconds());
            }
            RecordingNotes.of(job.fileName(), prepared.source(), prepared.normalized()).forEach(n -> log.note(job.id(), n));
            profile = analyzers.analyzer(job.analyzer()).profile(new Recording(prepared.normalized().file(),
                    prepared.normalized()));
            boolean asIs = prepared.normalized().file().equals(original.path());
            recordingKey = asIs ? job.blobKey() : normalizedKey(job.id());
            if (!asIs) {
                blobs.putFile(recordingKey, prepared.normalized().file());
            }
            int published = 0;
            for (CutChunk c : prepared.chunks()) {
                String key = Chunk.blobKey(job.id(), c.plan().index());
                blobs.putFile(key, c.file());
                rows.add(new Chunk(job.id(), c.plan().index(), c.plan().start(), c.plan().end(), c.plan().fileEnd(),
                        c.sizeBytes(), key, ChunkState.PENDING, 0, null, null, null, null));
                preparing.publishing((double) ++published / prepared.chunks().size());
            }
        }
        PreparedFacts facts = new PreparedFacts(prepared.source().container().id(), prepared.normalization(),
                prepared.normalized().durationSeconds(), recordingKey, stored.write(prepared.source()),
                stored.write(prepared.normalized()), profile.isKnown() ? profile.noiseFloorDb() : null,
                profile.isKnown() ? profile.speechLevelDb() : null,
                profile.knowsStillShare() ? profile.stillShare() : null);
        int analysisFrom = preparing.done();
        return TaskResult.of(() -> {
            jobs.setPrepared(job.id(), facts);
            chunks.replaceAll(job.id(), rows);
            tasks.deleteForJob(job.id(), TaskType.ANALYZE_CHUNK);
            List<Task> analyse = new ArrayList<>();
            for (Chunk c : rows) {
                tasks.create(job.id(), TaskType.ANALYZE_CHUNK, c.index()).ifPresent(analyse::add);
            }
            jobs.updateState(job.id(), JobState.ANALYZING, analysisFrom);
            return analyse;
        }, () -> {
            progress.announce(job.id(), JobState.ANALYZING, analysisFrom);
            log.info(job.id(), null, "Prepared: " + prepared.normalization() + ", " + rows.size() + " chunk(s), "
                    + Math.round(prepared.normalized().durationSeconds()) + " s");
        });
    }

    @Override
    public TaskResult giveUp(Claim claim, RuntimeException cause) {
        Job job = jobs.find(claim.jobId()).orElse(null);
        if (job == null) {
            return TaskResult.NOTHING;
        }
        return TaskResult.of(() -> {
            jobs.fail(job.id(), cause.getMessage());
            return List.of();
        }, () -> {
            log.error(job.id(), null, "Preparing failed: " + cause.getMessage());
            progress.announce(job.id(), JobState.FAILED, job.progress());
        });
    }
}
