package io.roughcut.pipeline;

import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.RenderPlan;
import io.roughcut.media.SmartRenderer;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.DiskSpace;
import io.roughcut.storage.LocalCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Renders a job's cut video with {@link SmartRenderer}: fetches the normalised recording by its key into the
 * task's scratch directory, renders the kept ranges the request stored, and publishes the video under the key
 * its ranges name ({@link Render#blobKey}). The key is fixed by what is kept, so a run that lost its claim
 * can only ever have written the same video there; what records the render (its row made DONE) is written
 * under the claim's fence. Progress goes to the row and out as render events as the video is made.
 */
@Component
final class RenderTask implements TaskHandler {

    private final JobRepository jobs;
    private final RenderRepository renders;
    private final JobEvents events;
    private final ProcessingLog log;
    private final BlobStore blobs;
    private final StoredMedia stored;
    private final DiskSpace disk;
    private final SmartRenderer renderer;

    RenderTask(JobRepository jobs, RenderRepository renders, JobEvents events, ProcessingLog log, BlobStore blobs,
               StoredMedia stored, DiskSpace disk, FfmpegRunner ffmpeg) {
        this.jobs = jobs;
        this.renders = renders;
        this.events = events;
        this.log = log;
        this.blobs = blobs;
        this.stored = stored;
        this.disk = disk;
        this.renderer = new SmartRenderer(ffmpeg);
    }

    @Override
    public TaskType type() {
        return TaskType.RENDER;
    }

    @Override
    public TaskResult run(Claim claim, Path scratch) {
        Job job = jobs.find(claim.jobId()).orElse(null);
        Render render = renders.find(claim.jobId()).orElse(null);
        if (job == null || render == null || render.state() == RenderState.DONE || job.recordingKey() == null) {
            // Deleted, replaced by a newer request (whose own task runs it), or done by a run whose "done" was lost.
            return TaskResult.NOTHING;
        }
        String hash = render.keptHash();
        renders.setState(job.id(), hash, RenderState.RENDERING, null);
        events.publish(JobEvent.render(job.id(), RenderState.RENDERING, 0));
        log.info(job.id(), null, String.format(Locale.ROOT, "Rendering the cut video of %s: %d part(s), %.1f s",
                job.fileName(), render.kept().ranges().size(), render.kept().seconds()));
        long recordingBytes = job.recordingInfoJson() == null ? job.fileSize()
                : stored.read(job.recordingInfoJson(), null).sizeBytes();
        // The recording's copy, the re-encoded pieces and the video itself, each at most about the recording.
        disk.require(3 * recordingBytes, "rendering the cut video of " + job.fileName());
        RenderPlan plan;
        long size;
        try (LocalCopy recording = blobs.fetch(job.recordingKey(), scratch.resolve("recording"))) {
            Path video = scratch.resolve("cut.mp4");
            JobProgress.Throttle throttle = new JobProgress.Throttle();
            plan = renderer.render(recording.path(), render.kept().ranges(), video, fraction -> {
                if (throttle.allows(false)) {
                    int percent = (int) Math.floor(fraction * 100);
                    renders.setProgress(job.id(), hash, percent);
                    events.publish(JobEvent.render(job.id(), RenderState.RENDERING, percent));
                }
            });
            size = size(video);
            blobs.putFile(render.blobKey(), video);
        }
        double duration = plan.durationSeconds();
        return TaskResult.of(() -> {
            renders.done(job.id(), hash, size, duration);
            return List.of();
        }, () -> {
            events.publish(JobEvent.render(job.id(), RenderState.DONE, 100));
            log.info(job.id(), null, String.format(Locale.ROOT, "Rendered the cut video: %.3f s, %.0f %% of it "
                    + "copied without re-encoding", duration, 100 * plan.copiedSeconds() / Math.max(duration, 1e-9)));
        });
    }

    @Override
    public TaskResult retrying(Claim claim, RuntimeException cause) {
        return renders.find(claim.jobId()).map(r -> TaskResult.of(() -> {
            renders.setState(r.jobId(), r.keptHash(), RenderState.QUEUED, null);
            return List.<Task>of();
        }, () -> {
            log.error(r.jobId(), null, "Rendering the cut video failed, trying again: " + cause.getMessage());
            events.publish(JobEvent.render(r.jobId(), RenderState.QUEUED, 0));
        })).orElse(TaskResult.NOTHING);
    }

    @Override
    public TaskResult giveUp(Claim claim, RuntimeException cause) {
        Job job = jobs.find(claim.jobId()).orElse(null);
        Render render = renders.find(claim.jobId()).orElse(null);
        if (job == null || render == null) {
            return TaskResult.NOTHING;
        }
        // What failed inside (an FFmpeg error, a blob key) is for the log; the person needs what to do next.
        String message = "Rendering the cut video of " + job.fileName() + " failed on the server; the processing log"
                + " has the details. Render it again; if it fails again, download an edit list (FCPXML, FCP7 XML or"
                + " EDL) and render the cut in your editor.";
        return TaskResult.of(() -> {
            renders.fail(job.id(), render.keptHash(), message);
            return List.of();
        }, () -> {
            log.error(job.id(), null, "Rendering failed: " + cause.getMessage());
            events.publish(JobEvent.render(job.id(), RenderState.FAILED, render.progress()));
        });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the size of the rendered video: " + e.getMessage(), e);
        }
    }
}
