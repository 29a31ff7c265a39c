package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.media.MediaInfo;
import io.roughcut.storage.BlobStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
    private final JobEvents events;
    private final TransactionTemplate transaction;
    private final JobAdmission admission;

    Jobs(JobRepository jobs, TaskRepository tasks, TaskQueue queue, BlobStore blobs, Preparation preparation,
         JobEvents events, TransactionTemplate transaction, JobAdmission admission) {
        this.jobs = jobs;
        this.admission = admission;
        this.tasks = tasks;
        this.queue = queue;
        this.blobs = blobs;
        this.preparation = preparation;
        this.events = events;
        this.transaction = transaction;
    }

    /** Where a job's uploaded original is kept. */
    public static String originalKey(UUID jobId) {
        return "uploads/" + jobId + "/original";
    }

    /**
     * Makes a QUEUED job of a file uploaded to this host and enqueues its prepare task. The file is probed
     * first, so a file that is not a video is refused now rather than failing in the background.
     *
     * @param uploaded a complete local file; it is moved or copied into the blob store
     * @param fileName the sanitised name to show
     * @param analyzer the analyser the upload chose (see {@link AnalyzerCatalog#choose})
     * @param options  the analysis settings the upload chose (see {@link AnalysisChoice})
     * @throws io.roughcut.media.InvalidMediaException when the file is not a usable video
     * @throws io.roughcut.RoughcutException when {@link JobAdmission} refuses the job
     */
    public Job start(UUID sessionId, String fileName, Path uploaded, AnalyzerOption analyzer, AnalysisOptions options) {
        MediaInfo info = preparation.probeUpload(uploaded, fileName);
        UUID id = UUID.randomUUID();
        admission.admit(sessionId, id, analyzer, info.durationSeconds());
        blobs.putFile(originalKey(id), uploaded);
        return create(Job.queued(id, sessionId, analyzer.id(), options, fileName, info.sizeBytes(), info.container().id(),
                info.durationSeconds(), originalKey(id)));
    }

    /**
     * Makes a QUEUED job of an upload that is already in the blob store at {@link #originalKey}{@code (jobId)}.
     * Where the store keeps it on this host's disk it is probed now, as {@link #start} does; in a bucket it is
     * probed by the prepare task, which fetches it anyway, and a file that is not a video fails the job there
     * with the same message. {@link JobAdmission} has its say once the duration is known: here, or then.
     *
     * @throws io.roughcut.media.InvalidMediaException when the file is here and not a usable video
     * @throws io.roughcut.RoughcutException when {@link JobAdmission} refuses the job
     */
    public Job startStored(UUID jobId, UUID sessionId, String fileName, long size, AnalyzerOption analyzer,
                           AnalysisOptions options) {
        Optional<MediaInfo> info = blobs.localPath(originalKey(jobId)).map(file -> preparation.probeUpload(file, fileName));
        info.ifPresent(i -> admission.admit(sessionId, jobId, analyzer, i.durationSeconds()));
        return create(Job.queued(jobId, sessionId, analyzer.id(), options, fileName, size,
                info.map(i -> i.container().id()).orElse(null), info.map(MediaInfo::durationSeconds).orElse(null),
                originalKey(jobId)));
    }

    /** True when the job of this id exists already: an upload that completed before its answer was lost. */
    public boolean exists(UUID jobId) {
        return jobs.find(jobId).isPresent();
    }

    private Job create(Job job) {
        Task prepare = transaction.execute(status -> {
            jobs.insert(job);
            return tasks.create(job.id(), TaskType.PREPARE, Task.NO_CHUNK).orElseThrow();
        });
        events.publish(JobEvent.job(job.id(), JobState.QUEUED, 0));
        queue.submit(TaskRef.of(prepare), Duration.ZERO);
        return job;
    }

    /** Deletes the job's rows (tasks, chunks and results go with it) and its blobs. */
    public void delete(Job job) {
        jobs.delete(job.id());
        blobs.deletePrefix("uploads/" + job.id() + "/");
        blobs.deletePrefix("jobs/" + job.id() + "/");
    }

    /** The blob to play in the preview: the normalised recording once prepared, otherwise the original upload. */
    public String mediaKey(Job job) {
        return job.recordingKey() != null ? job.recordingKey() : job.blobKey();
    }
}
