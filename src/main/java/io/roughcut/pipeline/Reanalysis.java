package io.roughcut.pipeline;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.storage.BlobStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses a finished job again with other settings, from the chunks it was cut into: nothing is uploaded,
 * probed, normalised or cut again. The chunks' results are forgotten and their analyse tasks made anew, so the
 * analysis and the aggregation run through the same fenced tasks as the first time; the earlier result stays
 * until the new one replaces it, and the aggregation carries the person's review over
 * ({@link ReviewCarryOver}). Thread-safe.
 */
@Component
public final class Reanalysis {

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final TaskRepository tasks;
    private final TaskQueue queue;
    private final BlobStore blobs;
    private final JobEvents events;
    private final ProcessingLog log;
    private final TransactionTemplate transaction;

    Reanalysis(JobRepository jobs, ChunkRepository chunks, TaskRepository tasks, TaskQueue queue, BlobStore blobs,
               JobEvents events, ProcessingLog log, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.chunks = chunks;
        this.tasks = tasks;
        this.queue = queue;
        this.blobs = blobs;
        this.events = events;
        this.log = log;
        this.transaction = transaction;
    }

    /**
     * Starts the job's analysis again with {@code options}.
     *
     * @throws RoughcutException ({@link Fault#CONFLICT}) when the job is not finished with a result, was analysed
     *                           with Gemini, or its chunks are no longer stored
     */
    public void start(Job job, AnalysisOptions options) {
        if (job.state() != JobState.COMPLETE && job.state() != JobState.PARTIAL) {
            throw conflict(job.fileName() + " is " + job.state().id() + ": it can be analysed again once its "
                    + "analysis has finished with a result.");
        }
        if (AnalyzerOption.byId(job.analyzer()).map(AnalyzerOption::usesGemini).orElse(false)) {
            // Its spending was admitted once, for one analysis; a second would be charged outside the caps.
            throw conflict(job.fileName() + " was analysed with " + job.analyzer() + ". Analysing it again with "
                    + "Gemini is not offered yet; upload it again to analyse it with other settings.");
        }
        List<Chunk> all = chunks.list(job.id());
        if (all.isEmpty() || all.stream().anyMatch(c -> c.blobKey() == null || blobs.size(c.blobKey()).isEmpty())) {
            throw conflict("The chunks of " + job.fileName() + " were removed after its analysis (it was analysed "
                    + "before re-analysis existed). Upload it again to analyse it with other settings.");
        }
        int from = (int) Math.floor(ProgressPlan.of(job.normalization(), job.analyzer()).analysing(0));
        List<Task> analyse = transaction.execute(status -> {
            if (!jobs.restartAnalysis(job.id(), options, from)) {
                return null;
            }
            chunks.resetForAnalysis(job.id());
            tasks.deleteForJob(job.id(), TaskType.ANALYZE_CHUNK);
            tasks.deleteForJob(job.id(), TaskType.AGGREGATE);
            List<Task> made = new ArrayList<>();
            for (Chunk c : all) {
                tasks.create(job.id(), TaskType.ANALYZE_CHUNK, c.index()).ifPresent(made::add);
            }
            return made;
        });
        if (analyse == null) {
            throw conflict(job.fileName() + " is being analysed already. Wait for the result, then try again.");
        }
        log.info(job.id(), null, String.format(java.util.Locale.ROOT, "Analysing again: shortest pause %s s, margin "
                + "%s s, picture checks %s", options.minPauseSeconds(), options.marginSeconds(), options.pictureChecks().id()));
        events.publish(JobEvent.job(job.id(), JobState.ANALYZING, from));
        for (Task t : analyse) {
            events.publish(JobEvent.chunk(job.id(), JobState.ANALYZING, from, t.chunkIndex(), ChunkState.PENDING, null));
            queue.submit(TaskRef.of(t), Duration.ZERO);
        }
    }

    private static RoughcutException conflict(String message) {
        return new RoughcutException(Fault.CONFLICT, message);
    }
}
