package io.roughcut.pipeline;

import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkSplitter;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.LocalCopy;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses one chunk from its blob, fetched into the task's scratch directory, and stores its segments on the
 * chunk's row; the last chunk to finish creates "aggregate". A chunk the analyser finds too long is split
 * from the chunk file alone, so the task never needs the whole recording.
 */
@Component
final class AnalyzeChunkTask implements TaskHandler {

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final TaskRepository tasks;
    private final JobProgress progress;
    private final ProcessingLog log;
    private final BlobStore blobs;
    private final AnalyzerCatalog analyzers;
    private final FfmpegRunner ffmpeg;
    private final StoredMedia stored;
    private final JsonMapper json;

    AnalyzeChunkTask(JobRepository jobs, ChunkRepository chunks, TaskRepository tasks, JobProgress progress,
                     ProcessingLog log, BlobStore blobs, AnalyzerCatalog analyzers, FfmpegRunner ffmpeg,
                     StoredMedia stored, JsonMapper json) {
        this.jobs = jobs;
        this.chunks = chunks;
        this.tasks = tasks;
        this.progress = progress;
        this.log = log;
        this.blobs = blobs;
        this.analyzers = analyzers;
        this.ffmpeg = ffmpeg;
        this.stored = stored;
        this.json = json;
    }

    @Override
    public TaskType type() {
        return TaskType.ANALYZE_CHUNK;
    }

    @Override
    public TaskResult run(Claim claim, Path scratch) {
        Job job = jobs.find(claim.jobId()).orElse(null);
        Chunk chunk = job == null ? null : chunks.find(job.id(), claim.task().chunkIndex()).orElse(null);
        if (chunk == null) {
            return TaskResult.NOTHING;
        }
        if (chunk.state() == ChunkState.COMPLETE) {
            // Analysed by an earlier run whose "done" was lost.
            return TaskResult.of(() -> aggregateIfLast(job.id()), () -> { });
        }
        chunks.markProcessing(job.id(), chunk.index());
        progress.chunkChanged(job.id(), chunk.index(), ChunkState.PROCESSING, null);
        int count = chunks.list(job.id()).size();
        RecordingProfile profile = job.profile();
        ChunkAnalysis analysis;
        try (LocalCopy file = blobs.fetch(chunk.blobKey(), scratch)) {
            MediaInfo recording = stored.read(job.recordingInfoJson(), null);
            ChunkInput input = new ChunkInput(file.path(), new PlannedChunk(chunk.index(), chunk.start(), chunk.end(),
                    chunk.fileEnd(), chunk.sizeBytes()), count, recording, profile, job.options(),
                    progress.measuring(job, chunk.index()));
            analysis = new ChunkSplitter(analyzers.analyzer(job.analyzer()), ffmpeg).analyze(input);
        }
        String segments = json.writeValueAsString(analysis.segments());
        String usage = json.writeValueAsString(analysis.usage());
        int found = analysis.segments().size();
        return TaskResult.of(() -> {
            chunks.markComplete(job.id(), chunk.index(), found, segments, usage);
            return aggregateIfLast(job.id());
        }, () -> {
            progress.chunkChanged(job.id(), chunk.index(), ChunkState.COMPLETE, found);
            log.info(job.id(), chunk.index(), found + " cut(s) found");
        });
    }

    @Override
    public TaskResult giveUp(Claim claim, RuntimeException cause) {
        UUID jobId = claim.jobId();
        int index = claim.task().chunkIndex();
        return TaskResult.of(() -> {
            chunks.markFailed(jobId, index, cause.getMessage());
            return aggregateIfLast(jobId);
        }, () -> {
            log.error(jobId, index, "Analysis failed: " + cause.getMessage());
            progress.chunkChanged(jobId, index, ChunkState.FAILED, null);
        });
    }

    /** A try failed and another will follow: the grid does not show the chunk as running meanwhile. */
    @Override
    public TaskResult retrying(Claim claim, RuntimeException cause) {
        UUID jobId = claim.jobId();
        int index = claim.task().chunkIndex();
        return TaskResult.of(() -> {
            chunks.markRetrying(jobId, index, cause.getMessage());
            return List.of();
        }, () -> {
            log.error(jobId, index, "Try " + claim.task().attempts() + " failed, will retry: " + cause.getMessage());
            progress.chunkChanged(jobId, index, ChunkState.PENDING, null);
        });
    }

    /**
     * Creates the aggregate task once no chunk is unfinished. The job's row is locked first: two chunks that
     * finish at once in different processes are counted one after the other, so the second sees the first.
     */
    private List<Task> aggregateIfLast(UUID jobId) {
        jobs.lock(jobId);
        if (chunks.countUnfinished(jobId) > 0) {
            return List.of();
        }
        // The unique key lets only one create it even so.
        return tasks.create(jobId, TaskType.AGGREGATE, Task.NO_CHUNK).map(List::of).orElse(List.of());
    }
}
