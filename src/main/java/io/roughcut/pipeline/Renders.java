package io.roughcut.pipeline;

import io.roughcut.cutlist.CutList;
import io.roughcut.storage.BlobStore;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for the rendered cut video of a job's review and finds it again. A render is a {@link TaskType#RENDER}
 * task like any other, so any worker runs it from rows and blob keys. A job has one render: asking for the
 * review it already has (queued, running or done) changes nothing, and asking for a changed review replaces
 * the render, task and all, so a render still running for the old review loses its claim, is stopped, and its
 * outputs are dropped. Thread-safe.
 */
@Component
public final class Renders {

    private static final Logger logger = LoggerFactory.getLogger(Renders.class);

    private final JobRepository jobs;
    private final RenderRepository renders;
    private final TaskRepository tasks;
    private final TaskQueue queue;
    private final BlobStore blobs;
    private final JobEvents events;
    private final TransactionTemplate transaction;

    Renders(JobRepository jobs, RenderRepository renders, TaskRepository tasks, TaskQueue queue, BlobStore blobs,
            JobEvents events, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.renders = renders;
        this.tasks = tasks;
        this.queue = queue;
        this.blobs = blobs;
        this.events = events;
        this.transaction = transaction;
    }

    /** What one request did: the render as it stands, and the task and the stale video it made or left. */
    private record Requested(Render render, Task task, String staleKey) {
    }

    /**
     * The render of {@code reviewed}, the job's cut list as its reviewer left it: the one there is, or a new
     * one, queued. A render that failed for good, or whose video is no longer stored, is started again.
     *
     * @throws NothingKeptException when the review cuts everything
     */
    public Render request(Job job, CutList reviewed) {
        KeptRanges kept = KeptRanges.of(reviewed);
        if (kept.isEmpty()) {
            throw new NothingKeptException(job.fileName());
        }
        String hash = kept.hash();
        Requested requested = transaction.execute(status -> {
            // Two requests for one job at once make one render.
            jobs.lock(job.id());
            Optional<Render> was = renders.find(job.id());
            if (was.isPresent() && was.get().keptHash().equals(hash) && stands(was.get())) {
                return new Requested(was.get(), null, null);
            }
            renders.request(job.id(), kept);
            tasks.deleteForJob(job.id(), TaskType.RENDER);
            Task task = tasks.create(job.id(), TaskType.RENDER, Task.NO_CHUNK).orElseThrow();
            String stale = was.filter(w -> !w.keptHash().equals(hash)).map(Render::blobKey).orElse(null);
            return new Requested(renders.find(job.id()).orElseThrow(), task, stale);
        });
        if (requested.task() != null) {
            events.publish(JobEvent.render(job.id(), RenderState.QUEUED, 0));
            queue.submit(TaskRef.of(requested.task()), Duration.ZERO);
        }
        if (requested.staleKey() != null) {
            deleteStale(requested.staleKey());
        }
        return requested.render();
    }

    /** A render that needs no new one: under way, or done with its video still stored. */
    private boolean stands(Render render) {
        return switch (render.state()) {
            case QUEUED, RENDERING -> true;
            // A bucket's lifecycle rule, or an operator, may have removed the video since.
            case DONE -> blobs.size(render.blobKey()).isPresent();
            case FAILED -> false;
        };
    }

    /** The render of {@code reviewed}, if one was asked for; a render of an earlier review is not it. */
    public Optional<Render> current(Job job, CutList reviewed) {
        String hash = KeptRanges.of(reviewed).hash();
        return renders.find(job.id()).filter(r -> r.keptHash().equals(hash));
    }

    private void deleteStale(String key) {
        try {
            blobs.deletePrefix(key);
        } catch (RuntimeException e) {
            // It goes with the job at the latest; no render names it any more.
            logger.warn("could not delete the outdated render {} yet: {}", key, e.getMessage());
        }
    }
}
