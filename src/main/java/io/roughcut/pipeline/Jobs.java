package io.roughcut.pipeline;

import io.roughcut.storage.BlobStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts jobs from finished uploads and deletes them with everything they left. Thread-safe. */
@Component
public final class Jobs {

    private final JobRepository jobs;
    private final TaskRepository tasks;
    private final TaskQueue queue;
    private final BlobStore blobs;
    private final Preparation preparation;
    private final WorkDirs workDirs;
    private final JobEvents events;
    private final TransactionTemplate transaction;
    private final JobAdmission admission;

    Jobs(JobRepository jobs, TaskRepository tasks, TaskQueue queue, BlobStore blobs, Preparation preparation,
         WorkDirs workDirs, JobEvents events, TransactionTemplate transaction, JobAdmission admission) {
        this.jobs = jobs;
        this.admission = admission;
        this.tasks = tasks;
        this.queue = queue;
        this.blobs = blobs;
        this.preparation = preparation;
        this.workDirs = workDirs;
        this.events = events;
        this.transaction = transaction;
    }

    /**
     * Makes a QUEUED job of an uploaded file and enqueues its prepare task. The file is probed first, so a
     * file that is not a video is refused now rather than failing in the background.
     *
     * @param uploaded   a complete local file; it is moved into the blob store
     * @param fileName   the sanitised name to show
     * @param analyzer   the analyser the upload chose (see {@link AnalyzerCatalog#choose})
     * @throws io.roughcut.media.InvalidMediaException when the file is not a usable video
     * @throws io.roughcut.RoughcutException when {@link JobAdmission} refuses the job
     */
    public Job start(UUID sessionId, String fileName, Path uploaded, AnalyzerOption analyzer) {
        var info = preparation.probe(uploaded, fileName);
        UUID id = UUID.randomUUID();
        admission.admit(sessionId, id, analyzer, info.durationSeconds());
        String key = "uploads/" + id + "/original";
        long size = info.sizeBytes();
        blobs.putFile(key, uploaded);
        Job job = new Job(id, sessionId, null, JobState.QUEUED, 0, analyzer.id(), fileName, size,
                info.container().id(), null, info.durationSeconds(), key, workDirs.of(id).toString(), null, null, null,
                null, JobRepository.now(), null, null);
        Task prepare = transaction.execute(status -> {
            jobs.insert(job);
            return tasks.create(id, TaskType.PREPARE, Task.NO_CHUNK).orElseThrow();
        });
        events.publish(JobEvent.job(id, JobState.QUEUED, 0));
        queue.submit(prepare, Duration.ZERO);
        return job;
    }

    /** Deletes the job's rows (tasks, chunks and results go with it), its blobs and its work files. */
    public void delete(Job job) {
        jobs.delete(job.id());
        blobs.deletePrefix("uploads/" + job.id() + "/");
        blobs.deletePrefix("jobs/" + job.id() + "/");
        workDirs.delete(job.id());
    }

    /** The blob to play in the preview: the normalised video once kept, otherwise the original upload. */
    public String mediaKey(Job job) {
        String normalized = AggregateTask.normalizedKey(job);
        return blobs.size(normalized).isPresent() ? normalized : job.blobKey();
    }
}
