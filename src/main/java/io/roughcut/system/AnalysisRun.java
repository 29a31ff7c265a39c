package io.roughcut.system;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkSplitter;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Usage;
import io.roughcut.cutlist.AggregationInput;
import io.roughcut.cutlist.ChunkResult;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.CutListAggregator;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.media.ChunkLimits;
import io.roughcut.media.CutChunk;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.media.PreparedRecording;
import io.roughcut.media.RecordingNotes;
import io.roughcut.media.RecordingPreparer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * One recording analysed end to end in this process, as the CLI does it: prepare (probe, normalise, plan,
 * cut), analyse the chunks in parallel, aggregate. A chunk the analyser cannot finish in one piece is split
 * by {@link ChunkSplitter}; a chunk that fails for good is reported as failed and the rest still count.
 * Not thread-safe; one run per instance.
 */
final class AnalysisRun {

    /**
     * @param parallelism how many chunks are analysed at once
     * @param analysis    what the person chose: pause, margin and how the picture is judged
     */
    record Options(ChunkLimits limits, int parallelism, AnalysisOptions analysis) {

        Options(ChunkLimits limits, int parallelism) {
            this(limits, parallelism, AnalysisOptions.DEFAULT);
        }
    }

    /**
     * A finished run: the cut list, and the normalised MP4 it was made from, which stays until the run's work
     * directory is removed (the source itself when it was already such an MP4).
     */
    record Result(CutList cutList, Path normalized) {
    }

    private final FfmpegRunner ffmpeg;
    private final Analyzer analyzer;
    private final Options options;
    private final RunProgress progress;
    private final ChunkSplitter splitter;
    private final AtomicInteger chunksDone = new AtomicInteger();
    private volatile int chunkCount;
    private double[] measuredShares = new double[0];

    AnalysisRun(FfmpegRunner ffmpeg, Analyzer analyzer, Options options, RunProgress progress) {
        this.ffmpeg = ffmpeg;
        this.analyzer = analyzer;
        this.options = options;
        this.progress = progress;
        this.splitter = new ChunkSplitter(analyzer, ffmpeg);
    }

    Result run(Path source, Path workDir) {
        long started = System.nanoTime();
        PreparedRecording prepared = new RecordingPreparer(ffmpeg).prepare(source, workDir, options.limits(),
                (stage, fraction) -> progress.update(RunStage.valueOf(stage.name()), fraction, 0, 0));
        RecordingNotes.of(source.getFileName().toString(), prepared.source(), prepared.normalized().info())
                .forEach(note -> LoggerFactory.getLogger(AnalysisRun.class).warn(note));
        chunkCount = prepared.chunks().size();
        measuredShares = new double[chunkCount];
        progress.update(RunStage.ANALYZE, 0, 0, chunkCount);
        MediaInfo normalized = prepared.normalized().info();
        RecordingProfile profile = analyzer.profile(new Recording(prepared.normalized().file(), normalized));
        List<ChunkResult> results = analyzeAll(prepared, profile);
        progress.update(RunStage.AGGREGATE, 0, chunksDone.get(), chunkCount);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        CutList cutList = CutListAggregator.aggregate(new AggregationInput(
                null, sourceSummary(prepared).withPictureChecks(options.analysis().pictureChecks()), analyzer.name(),
                results, elapsedMs));
        progress.update(RunStage.AGGREGATE, 1, chunksDone.get(), chunkCount);
        return new Result(cutList, prepared.normalized().file());
    }

    private List<ChunkResult> analyzeAll(PreparedRecording prepared, RecordingProfile profile) {
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism());
        try {
            List<Future<ChunkResult>> futures = new ArrayList<>();
            for (CutChunk chunk : prepared.chunks()) {
                futures.add(pool.submit(() -> analyzeChunk(prepared, profile, chunk)));
            }
            List<ChunkResult> results = new ArrayList<>();
            for (Future<ChunkResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("The analysis was cancelled.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AnalysisException("A chunk's analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ChunkResult analyzeChunk(PreparedRecording prepared, RecordingProfile profile, CutChunk chunk) {
        PlannedChunk plan = chunk.plan();
        try {
            ChunkAnalysis analysis = splitter.analyze(new ChunkInput(chunk.file(), plan, chunkCount,
                    prepared.normalized().info(), profile, options.analysis(), share -> measured(plan.index(), share)));
            return ChunkResult.complete(plan, chunk.sizeBytes(), analysis.segments(), analysis.usage());
        } catch (AnalysisException e) {
            return ChunkResult.failed(plan, chunk.sizeBytes(), Usage.NONE, e.getMessage());
        } finally {
            chunksDone.incrementAndGet();
            measured(plan.index(), 1);
        }
    }

    /** A chunk's analysis moved on: the bar follows the chunks' measured shares, so one long chunk moves too. */
    private void measured(int index, double share) {
        double sum = 0;
        synchronized (this) {
            measuredShares[index] = Math.max(measuredShares[index], share);
            for (double s : measuredShares) {
                sum += s;
            }
        }
        progress.update(RunStage.ANALYZE, sum / chunkCount, chunksDone.get(), chunkCount);
    }

    /** The original as the person knows it: its name and full path, which exports name so editors find it. */
    private static SourceSummary sourceSummary(PreparedRecording prepared) {
        MediaInfo source = prepared.source();
        Path file = source.file().toAbsolutePath().normalize();
        return SourceSummary.of(file.getFileName().toString(), file.toString(), source.sizeBytes(),
                source.durationSeconds(), source, prepared.normalized().normalization().id());
    }
}
