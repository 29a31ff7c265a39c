package io.roughcut.analysis;

import io.roughcut.media.ChunkCutter;
import io.roughcut.media.ChunkPlanner;
import io.roughcut.media.CutChunk;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.KeyframeIndex;
import io.roughcut.media.NormalizedMedia;
import io.roughcut.media.Normalization;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Analyses a chunk, and when the analyser says it is too long ({@link ChunkTooLongException}), cuts it in
 * two at the keyframe nearest its middle, from the normalised recording, and analyses the halves, down to
 * {@link #MIN_SECONDS}. The halves' segments come back relative to the original chunk, so the caller sees
 * one chunk analysed whole, and their usage is added up. The CLI and the service both analyse through it.
 * Thread-safe: every call works on its own files.
 */
public final class ChunkSplitter {

    /** A chunk shorter than twice this is not split again; it fails instead. */
    public static final double MIN_SECONDS = 10;

    private final Analyzer analyzer;
    private final FfmpegRunner ffmpeg;

    public ChunkSplitter(Analyzer analyzer, FfmpegRunner ffmpeg) {
        this.analyzer = analyzer;
        this.ffmpeg = ffmpeg;
    }

    public ChunkAnalysis analyze(ChunkInput input) {
        try {
            return analyzer.analyze(input);
        } catch (ChunkTooLongException e) {
            PlannedChunk chunk = input.chunk();
            KeyframeIndex index = chunk.duration() / 2 < MIN_SECONDS ? null : KeyframeIndex.read(ffmpeg, input.recording());
            List<PlannedChunk> halves = index == null ? List.of() : new ChunkPlanner().splitInHalf(index, chunk);
            if (halves.isEmpty()) {
                throw new AnalysisException("The analyser could not finish a " + Math.round(chunk.fileDuration())
                        + " s piece even after splitting it: " + e.getMessage(), e);
            }
            List<Segment> segments = new ArrayList<>();
            Usage usage = Usage.NONE;
            for (PlannedChunk half : halves) {
                ChunkAnalysis part = analyze(cut(input, index, half));
                // Half times are relative to the half's keyframe; the caller's are relative to the chunk's.
                double offset = half.start() - chunk.start();
                part.segments().forEach(s -> segments.add(shifted(s, offset)));
                usage = usage.plus(part.usage());
            }
            return new ChunkAnalysis(segments, usage);
        }
    }

    private ChunkInput cut(ChunkInput whole, KeyframeIndex index, PlannedChunk half) {
        String name = whole.file().getFileName().toString().replace(".mp4", "")
                + String.format(Locale.ROOT, "_from_%09d.mp4", Math.round(half.start() * 1000));
        Path file = whole.file().resolveSibling(name);
        NormalizedMedia recording = new NormalizedMedia(whole.recording().file(), whole.recording(), Normalization.AS_IS);
        CutChunk cut = new ChunkCutter(ffmpeg, 1).cutOne(recording, index, half, file);
        return new ChunkInput(cut.file(), half, whole.chunkCount(), whole.recording(), whole.profile());
    }

    private static Segment shifted(Segment s, double offset) {
        Fragment f = s.fragment();
        Fragment moved = f == null ? null : new Fragment(f.kind(), f.rawStart() + offset, f.rawEnd() + offset,
                f.minSeconds(), f.openStart(), f.openEnd());
        return new Segment(s.start() + offset, s.end() + offset, s.category(), s.reason(), s.confidence(),
                s.transcript(), s.source(), moved);
    }
}
