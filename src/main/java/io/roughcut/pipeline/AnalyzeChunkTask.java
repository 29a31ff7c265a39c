package io.roughcut.pipeline;

import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkSplitter;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Analyses one chunk and stores its segments on the chunk's row; the last chunk to finish creates "aggregate". */
@Component
final class AnalyzeChunkTask implements TaskHandler {

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final TaskRepository tasks;
    private final JobProgress progress;
    private final ProcessingLog log;
    private final Preparation preparation;
    private final AnalyzerCatalog analyzers;
    private final FfmpegRunner ffmpeg;
    private final WorkDirs workDirs;
    private final JsonMapper json;
    // ffprobe of the normalised file, once per job and process rather than once per chunk.
    private final Map<UUID, MediaInfo> recordings = new ConcurrentHashMap<>();

    AnalyzeChunkTask(JobRepository jobs, ChunkRepository chunks, TaskRepository tasks, JobProgress progress,
                     ProcessingLog log, Preparation preparation, AnalyzerCatalog analyzers, FfmpegRunner ffmpeg,
                     WorkDirs workDirs, JsonMapper json) {
        this.jobs = jobs;
        this.chunks = chunks;
        this.tasks = tasks;
        this.progress = progress;
        this.log = log;
        this.preparation = preparation;
        this.analyzers = analyzers;
        this.ffmpeg = ffmpeg;
        this.workDirs = workDirs;
        this.json = json;
    }

    @Override
    public TaskType type() {
        return TaskType.ANALYZE_CHUNK;
    }

    @Override
    public List<Task> run(Task task) {
        Job job = jobs.find(task.jobId()).orElse(null);
        Chunk chunk = job == null ? null : chunks.find(job.id(), task.chunkIndex()).orElse(null);
        if (chunk == null) {
            return List.of();
        }
        if (chunk.state() != ChunkState.COMPLETE) {
            chunks.markProcessing(job.id(), chunk.index());
            progress.chunkChanged(job.id(), chunk.index(), ChunkState.PROCESSING, null);
            List<Chunk> all = chunks.list(job.id());
            MediaInfo recording = recordings.computeIfAbsent(job.id(),
                    id -> preparation.probe(Path.of(job.normalizedFile())));
            RecordingProfile profile = job.noiseFloorDb() == null ? RecordingProfile.NONE
                    : new RecordingProfile(job.noiseFloorDb(), job.speechLevelDb());
            Path file = workDirs.of(job.id()).resolve(chunk.fileName());
            ChunkInput input = new ChunkInput(file, new PlannedChunk(chunk.index(), chunk.start(), chunk.end(),
                    chunk.fileEnd(), chunk.sizeBytes()), all.size(), recording, profile);
            ChunkAnalysis analysis = new ChunkSplitter(analyzers.analyzer(job.analyzer()), ffmpeg).analyze(input);
            chunks.markComplete(job.id(), chunk.index(), analysis.segments().size(),
                    json.writeValueAsString(analysis.segments()), json.writeValueAsString(analysis.usage()));
            progress.chunkChanged(job.id(), chunk.index(), ChunkState.COMPLETE, analysis.segments().size());
            log.info(job.id(), chunk.index(), analysis.segments().size() + " cut(s) found");
        }
        return aggregateIfLast(job.id());
    }

    @Override
    public List<Task> giveUp(Task task, RuntimeException cause) {
        chunks.markFailed(task.jobId(), task.chunkIndex(), cause.getMessage());
        log.error(task.jobId(), task.chunkIndex(), "Analysis failed: " + cause.getMessage());
        progress.chunkChanged(task.jobId(), task.chunkIndex(), ChunkState.FAILED, null);
        return aggregateIfLast(task.jobId());
    }

    /** Called when a try failed and another will follow, so the grid does not show it as running. */
    void retrying(Task task, RuntimeException cause) {
        chunks.markRetrying(task.jobId(), task.chunkIndex(), cause.getMessage());
        log.error(task.jobId(), task.chunkIndex(), "Try " + task.attempts() + " failed, will retry: " + cause.getMessage());
        progress.chunkChanged(task.jobId(), task.chunkIndex(), ChunkState.PENDING, null);
    }

    private List<Task> aggregateIfLast(UUID jobId) {
        if (chunks.countUnfinished(jobId) > 0) {
            return List.of();
        }
        // Two chunks finishing together both get here; the unique key lets only one create the task.
        return tasks.create(jobId, TaskType.AGGREGATE, Task.NO_CHUNK).map(List::of).orElse(List.of());
    }

    void forget(UUID jobId) {
        recordings.remove(jobId);
    }
}
