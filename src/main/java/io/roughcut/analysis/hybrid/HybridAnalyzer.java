package io.roughcut.analysis.hybrid;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleConsumer;

/**
 * The {@code hybrid} analyser: runs the local analyser and Gemini on each chunk, side by side, and
 * merges their cuts (see {@link HybridMerger}): local silences keep their measured boundaries, Gemini's
 * cuts are snapped to the nearest silence edge within the snap window, and cuts found by both are marked
 * {@code BOTH}. A Gemini failure fails the chunk, so that a split request or a bad key is not hidden
 * behind local results. Thread-safe when its analysers are.
 */
public final class HybridAnalyzer implements Analyzer {

    public static final double DEFAULT_SNAP_SECONDS = 0.7;
    // Gemini's round trip takes far longer than measuring the chunk here, so it has most of the progress.
    private static final double LOCAL_SHARE = 0.25;

    private final Analyzer local;
    private final Analyzer wordGaps;
    private final Analyzer gemini;
    private final HybridMerger merger;
    /** False for {@link #geminiWithSound}: the local measurement only serves Gemini's cuts. */
    private final boolean keepLocalCuts;

    /** With the default snap window of 0.7 s. */
    public HybridAnalyzer(Analyzer local, Analyzer gemini) {
        this(local, gemini, DEFAULT_SNAP_SECONDS);
    }

    public HybridAnalyzer(Analyzer local, Analyzer gemini, double snapWindowSeconds) {
        this(local, null, gemini, snapWindowSeconds);
    }

    /**
     * @param wordGaps a second local analyser tuned to find short gaps between words (a small minimum
     *                 pause), whose silences only serve as snap targets; null to snap to {@code local}'s
     */
    public HybridAnalyzer(Analyzer local, Analyzer wordGaps, Analyzer gemini, double snapWindowSeconds) {
        this(local, wordGaps, gemini, snapWindowSeconds, true);
    }

    private HybridAnalyzer(Analyzer local, Analyzer wordGaps, Analyzer gemini, double snapWindowSeconds,
                           boolean keepLocalCuts) {
        if (snapWindowSeconds < 0) {
            throw new IllegalArgumentException("snap window must not be negative: " + snapWindowSeconds);
        }
        this.local = local;
        this.wordGaps = wordGaps;
        this.gemini = gemini;
        this.merger = new HybridMerger(snapWindowSeconds);
        this.keepLocalCuts = keepLocalCuts;
    }

    /**
     * The {@code gemini} analyser as Roughcut runs it: Gemini's cuts alone, but with the sound measured here
     * too (at about the cost of a silencedetect, next to nothing beside a Gemini call). Gemini places words
     * to a second or a tenth, so its cuts are snapped to the measured silence edges, and a pause of Gemini's
     * that would still remove measured speech is proposed for review instead of applied.
     */
    public static HybridAnalyzer geminiWithSound(Analyzer local, Analyzer gemini) {
        return new HybridAnalyzer(local, null, gemini, DEFAULT_SNAP_SECONDS, false);
    }

    @Override
    public String name() {
        return keepLocalCuts ? "hybrid" : "gemini";
    }

    @Override
    public RecordingProfile profile(Recording recording) {
        return local.profile(recording);
    }

    @Override
    public ChunkAnalysis analyze(ChunkInput chunk) {
        // Gemini waits on the network, the local analysers on FFmpeg: running them together costs no CPU.
        double[] shares = new double[2];
        DoubleConsumer[] parts = {share -> reported(chunk, shares, 0, share), share -> reported(chunk, shares, 1, share)};
        CompletableFuture<ChunkAnalysis> remote = CompletableFuture.supplyAsync(
                () -> gemini.analyze(chunk.withPart(chunk.file(), chunk.chunk(), parts[1])), Thread::startVirtualThread);
        CompletableFuture<ChunkAnalysis> gaps = wordGaps == null ? null
                : CompletableFuture.supplyAsync(() -> wordGaps.analyze(chunk.withPart(chunk.file(), chunk.chunk(),
                share -> { })), Thread::startVirtualThread);
        // Without its own cuts the local pass needs the sound alone, not the picture.
        ChunkInput measured = keepLocalCuts ? chunk.withPart(chunk.file(), chunk.chunk(), parts[0])
                : new ChunkInput(chunk.file(), chunk.chunk(), chunk.chunkCount(), chunk.recording(), chunk.profile(),
                chunk.options().withPictureChecks(PictureChecks.OFF), parts[0]);
        ChunkAnalysis near = local.analyze(measured);
        ChunkAnalysis far = join(remote);
        List<Segment> silences = new ArrayList<>(near.segments());
        if (gaps != null) {
            silences.addAll(join(gaps).segments());
        }
        boolean soundMeasured = chunk.recording() != null && chunk.recording().hasAudio();
        return new ChunkAnalysis(merger.merge(keepLocalCuts ? near.segments() : List.of(), far.segments(), silences,
                soundMeasured), near.usage().plus(far.usage()));
    }

    /** Keeps each analyser's latest share and tells the chunk's listener their weighted sum. */
    private static void reported(ChunkInput chunk, double[] shares, int which, double share) {
        synchronized (shares) {
            shares[which] = share;
            chunk.measured().accept(LOCAL_SHARE * shares[0] + (1 - LOCAL_SHARE) * shares[1]);
        }
    }

    private static ChunkAnalysis join(CompletableFuture<ChunkAnalysis> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AnalysisException("The analysis failed: " + e.getCause(), e.getCause());
        }
    }
}
