package io.roughcut.system;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Usage;
import io.roughcut.cutlist.AggregationInput;
import io.roughcut.cutlist.ChunkResult;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.CutListAggregator;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.media.ChunkCutter;
import io.roughcut.media.ChunkLimits;
import io.roughcut.media.ChunkPlanner;
import io.roughcut.media.CutChunk;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.media.PreparedRecording;
import io.roughcut.media.RecordingPreparer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One recording analysed end to end in this process, as the CLI does it: prepare (probe, normalise, plan,
 * cut), analyse the chunks in parallel, aggregate. A chunk the analyser cannot finish in one piece is split
 * in half and tried again, down to {@link Options#minSplitSeconds}. Not thread-safe; one run per instance.
 */
final class AnalysisRun {

    /**
     * @param parallelism     how many chunks are analysed at once
     * @param minSplitSeconds a chunk shorter than this is not split again; it fails instead
     */
    record Options(ChunkLimits limits, int parallelism, double minSplitSeconds) {
    }

    private final FfmpegRunner ffmpeg;
    private final Analyzer analyzer;
    private final Options options;
    private final RunProgress progress;
    private final ChunkCutter cutter;
    private final AtomicInteger chunksDone = new AtomicInteger();
    private volatile int chunkCount;

    AnalysisRun(FfmpegRunner ffmpeg, Analyzer analyzer, Options options, RunProgress progress) {
        this.ffmpeg = ffmpeg;
        this.analyzer = analyzer;
        this.options = options;
        this.progress = progress;
        this.cutter = new ChunkCutter(ffmpeg, 1);
    }

    CutList run(Path source, Path workDir) {
        long started = System.nanoTime();
        PreparedRecording prepared = new RecordingPreparer(ffmpeg).prepare(source, workDir, options.limits(),
                (stage, fraction) -> progress.update(RunStage.valueOf(stage.name()), fraction, 0, 0));
        chunkCount = prepared.chunks().size();
        progress.update(RunStage.ANALYZE, 0, 0, chunkCount);
        MediaInfo normalized = prepared.normalized().info();
        RecordingProfile profile = analyzer.profile(new Recording(prepared.normalized().file(), normalized));
        List<ChunkResult> results = analyzeAll(prepared, profile, workDir.resolve("splits"));
        progress.update(RunStage.AGGREGATE, 0, chunksDone.get(), chunkCount);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        CutList cutList = CutListAggregator.aggregate(new AggregationInput(
                null, sourceSummary(prepared), analyzer.name(), results, elapsedMs));
        progress.update(RunStage.AGGREGATE, 1, chunksDone.get(), chunkCount);
        return cutList;
    }

    private List<ChunkResult> analyzeAll(PreparedRecording prepared, RecordingProfile profile, Path splitDir) {
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism());
        try {
            List<Future<List<ChunkResult>>> futures = new ArrayList<>();
            for (CutChunk chunk : prepared.chunks()) {
                futures.add(pool.submit(() -> analyzeChunk(prepared, profile, chunk, splitDir)));
            }
            List<ChunkResult> results = new ArrayList<>();
            for (Future<List<ChunkResult>> future : futures) {
                results.addAll(future.get());
            }
            results.sort(Comparator.comparingDouble(r -> r.chunk().start()));
            return renumbered(results);
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

    private List<ChunkResult> analyzeChunk(PreparedRecording prepared, RecordingProfile profile, CutChunk chunk,
                                           Path splitDir) {
        try {
            return analyzeOrSplit(prepared, profile, chunk, splitDir);
        } finally {
            int done = chunksDone.incrementAndGet();
            progress.update(RunStage.ANALYZE, (double) done / chunkCount, done, chunkCount);
        }
    }

    private List<ChunkResult> analyzeOrSplit(PreparedRecording prepared, RecordingProfile profile, CutChunk chunk,
                                             Path splitDir) {
        PlannedChunk plan = chunk.plan();
        try {
            ChunkAnalysis analysis = analyzer.analyze(new ChunkInput(chunk.file(), plan, chunkCount,
                    prepared.normalized().info(), profile));
            return List.of(ChunkResult.complete(plan, chunk.sizeBytes(), analysis.segments(), analysis.usage()));
        } catch (ChunkTooLongException e) {
            List<PlannedChunk> halves = plan.duration() / 2 < options.minSplitSeconds()
                    ? List.of() : new ChunkPlanner().splitInHalf(prepared.index(), plan);
            if (halves.isEmpty()) {
                return List.of(failed(chunk, e.getMessage() + " The chunk is too short to split further."));
            }
            createDirectories(splitDir);
            List<ChunkResult> results = new ArrayList<>();
            for (PlannedChunk half : halves) {
                Path file = splitDir.resolve(String.format(java.util.Locale.ROOT, "split_%09d.mp4",
                        Math.round(half.start() * 1000)));
                CutChunk cut = cutter.cutOne(prepared.normalized(), prepared.index(), half, file);
                results.addAll(analyzeOrSplit(prepared, profile, cut, splitDir));
            }
            return results;
        } catch (AnalysisException e) {
            return List.of(failed(chunk, e.getMessage()));
        }
    }

    private static void createDirectories(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not create " + dir, e);
        }
    }

    private static ChunkResult failed(CutChunk chunk, String reason) {
        return ChunkResult.failed(chunk.plan(), chunk.sizeBytes(), Usage.NONE, reason);
    }

    /** Split halves share their parent's index; the result numbers chunks in order of time again. */
    private static List<ChunkResult> renumbered(List<ChunkResult> results) {
        List<ChunkResult> numbered = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            ChunkResult r = results.get(i);
            PlannedChunk p = r.chunk();
            numbered.add(new ChunkResult(new PlannedChunk(i, p.start(), p.end(), p.fileEnd(), p.estimatedBytes()),
                    r.sizeBytes(), r.status(), r.segments(), r.usage(), r.error()));
        }
        return numbered;
    }

    private static SourceSummary sourceSummary(PreparedRecording prepared) {
        MediaInfo source = prepared.source();
        return new SourceSummary(source.file().getFileName().toString(), source.sizeBytes(),
                source.durationSeconds(), source.container().id(), source.video().codec(),
                source.hasAudio() ? source.audio().codec() : null, prepared.normalized().normalization().id(),
                prepared.normalized().info().video().frameRate().toString());
    }
}
