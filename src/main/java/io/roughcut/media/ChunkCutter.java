package io.roughcut.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;

/**
 * Executes a {@link ChunkPlan}: writes each chunk as its own MP4 by stream copy, with its
 * timestamps starting at zero.
 *
 * <p>Each chunk is one FFmpeg run with input seeking ({@code -ss} before {@code -i}): the MP4 index takes
 * FFmpeg straight to the chunk's keyframe, so every run reads only its own bytes and the whole file is read
 * about once, spread over {@code parallelism} processes. The brief's {@code -i in -ss X} reads from the
 * start for every chunk instead. FFmpeg's segment muxer also reads once, but in a single process, it
 * cannot write overlapping chunks, and it compares the cut times against timestamps shifted by the
 * B-frame delay, so it cut one keyframe late in our tests.
 *
 * <p>A chunk file larger than the plan's limit is never handed on: it is split at its middle keyframe and
 * cut again, as often as needed. Thread-safe.
 */
public final class ChunkCutter {

    /** Half a millisecond: far below a frame, far above the microsecond rounding of printed times. */
    private static final double HAIR = 0.0005;
    private static final Duration TIMEOUT = Duration.ofHours(1);

    private final FfmpegRunner runner;
    private final int parallelism;
    private final ChunkPlanner planner = new ChunkPlanner();

    public ChunkCutter(FfmpegRunner runner, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.runner = runner;
        this.parallelism = parallelism;
    }

    /** The file name of chunk {@code index}: {@code chunk_000.mp4}, {@code chunk_001.mp4}, ... */
    public static String fileName(int index) {
        return String.format(Locale.ROOT, "chunk_%03d.mp4", index);
    }

    /**
     * Cuts every chunk of the plan into {@code outDir}. A chunk that came out too large is replaced by its
     * halves ({@code chunk_003_1.mp4}, {@code chunk_003_2.mp4}); the returned chunks are numbered 0..n-1 in
     * time order either way.
     *
     * @param written receives how much of the plan's media is written, 0 to 1, as FFmpeg writes it, from any
     *                thread; it never goes back and ends with 1
     * @throws UncuttableMediaException when a single keyframe interval is larger than the limit
     */
    public List<CutChunk> cut(NormalizedMedia media, KeyframeIndex index, ChunkPlan plan, Path outDir,
                              DoubleConsumer written) {
        createDirectories(outDir);
        Written progress = new Written(plan, written);
        List<Future<List<CutChunk>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism, Thread.ofVirtual().factory())) {
            for (PlannedChunk chunk : plan.chunks()) {
                String name = fileName(chunk.index()).replace(".mp4", "");
                futures.add(pool.submit(() -> {
                    List<CutChunk> cut = cutWithinLimit(media, index, chunk, outDir, name, plan.maxChunkBytes(),
                            seconds -> progress.wrote(chunk, seconds));
                    progress.wrote(chunk, Double.MAX_VALUE);
                    return cut;
                }));
            }
            List<CutChunk> all = new ArrayList<>();
            for (Future<List<CutChunk>> future : futures) {
                all.addAll(await(future, pool));
            }
            List<CutChunk> numbered = new ArrayList<>(all.size());
            for (CutChunk c : all) {
                PlannedChunk p = c.plan();
                numbered.add(new CutChunk(new PlannedChunk(numbered.size(), p.start(), p.end(), p.fileEnd(),
                        p.estimatedBytes()), c.file(), c.sizeBytes()));
            }
            return numbered;
        }
    }

    /**
     * Cuts one chunk, for instance a half from {@link ChunkPlanner#splitInHalf} when the analyser asked
     * for a shorter chunk. Does not check the size.
     */
    public CutChunk cutOne(NormalizedMedia media, KeyframeIndex index, PlannedChunk chunk, Path file) {
        return cutOne(media, index, chunk, file, seconds -> { });
    }

    /** As {@link #cutOne(NormalizedMedia, KeyframeIndex, PlannedChunk, Path)}, hearing the seconds written. */
    private CutChunk cutOne(NormalizedMedia media, KeyframeIndex index, PlannedChunk chunk, Path file,
                            DoubleConsumer secondsWritten) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        // -seek_timestamp: the keyframe times are the file's own timestamps, so -ss must not be shifted by the
        // file's start time (non-zero in fragmented MP4s, for instance).
        List<String> args = new ArrayList<>(List.of("-seek_timestamp", "1", "-ss", seconds(chunk.start()),
                "-i", media.file().toString()));
        if (chunk.fileEnd() < index.durationSeconds() - HAIR) {
            args.addAll(List.of("-t", seconds(copyDuration(index, chunk))));
        }
        // No -avoid_negative_ts make_zero: it shifts the video by the B-frame delay. The MP4 muxer's default
        // edit list already makes the chunk start at 0 with the keyframe as its first picture.
        // No +faststart: moving the index to the front rewrites the whole chunk, which on a 500 MB chunk took
        // longer than writing it. Chunks are read from disk or uploaded whole, never streamed to a player.
        args.addAll(List.of("-map", "0:v:0", "-map", "0:a:0?", "-c", "copy", "-f", "mp4", partial.toString()));
        runner.ffmpeg(args, TIMEOUT, secondsWritten);
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new CutChunk(chunk, file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write chunk " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A stream copy with {@code -t} stops each stream at the first packet whose decode time reaches the
     * limit. The next keyframe is decoded before it is shown (B-frames), so a limit at its presentation
     * time would pull it and its neighbours into this chunk; the limit is therefore its decode time.
     */
    private static double copyDuration(KeyframeIndex index, PlannedChunk chunk) {
        double decodeEnd = index.keyframeDecodeTime(chunk.fileEnd());
        return decodeEnd - chunk.start() - HAIR;
    }

    private List<CutChunk> cutWithinLimit(NormalizedMedia media, KeyframeIndex index, PlannedChunk chunk,
                                          Path outDir, String name, long maxBytes, DoubleConsumer secondsWritten) {
        CutChunk cut = cutOne(media, index, chunk, outDir.resolve(name + ".mp4"), secondsWritten);
        if (cut.sizeBytes() <= maxBytes) {
            return List.of(cut);
        }
        List<PlannedChunk> halves = planner.splitInHalf(index, chunk);
        if (halves.isEmpty()) {
            throw new UncuttableMediaException(String.format(Locale.ROOT, "The part of the recording from %.3f s to"
                    + " %.3f s is %d bytes between two keyframes, more than the chunk limit of %d bytes. Re-export"
                    + " the video with a keyframe at least every few seconds.",
                    chunk.start(), chunk.end(), cut.sizeBytes(), maxBytes));
        }
        delete(cut.file());
        List<CutChunk> parts = new ArrayList<>();
        // The halves write what was written once already: they do not move the progress on.
        parts.addAll(cutWithinLimit(media, index, halves.get(0), outDir, name + "_1", maxBytes, seconds -> { }));
        parts.addAll(cutWithinLimit(media, index, halves.get(1), outDir, name + "_2", maxBytes, seconds -> { }));
        return parts;
    }

    /** How much of a plan's media the cutting runs have written, each chunk's share by its length. */
    private static final class Written {

        private final double[] chunkSeconds;
        private final double[] written;
        private final double total;
        private final DoubleConsumer listener;
        private double reported;

        Written(ChunkPlan plan, DoubleConsumer listener) {
            this.listener = listener;
            chunkSeconds = new double[plan.size()];
            written = new double[plan.size()];
            double sum = 0;
            for (PlannedChunk c : plan.chunks()) {
                chunkSeconds[c.index()] = Math.max(0, c.fileEnd() - c.start());
                sum += chunkSeconds[c.index()];
            }
            total = sum;
        }

        synchronized void wrote(PlannedChunk chunk, double seconds) {
            int i = chunk.index();
            written[i] = Math.max(written[i], Math.min(chunkSeconds[i], seconds));
            double sum = 0;
            for (double w : written) {
                sum += w;
            }
            double fraction = total <= 0 ? 1 : Math.min(1, sum / total);
            if (fraction > reported) {
                reported = fraction;
                listener.accept(fraction);
            }
        }
    }

    private static List<CutChunk> await(Future<List<CutChunk>> future, ExecutorService pool) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new FfmpegException("Cutting was stopped because the work was cancelled.", e);
        } catch (ExecutionException e) {
            // The other runs are pointless now; interrupting them makes the runner kill their FFmpeg.
            pool.shutdownNow();
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new FfmpegException("Cutting failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file + ": " + e.getMessage(), e);
        }
    }
}
