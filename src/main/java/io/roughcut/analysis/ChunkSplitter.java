package io.roughcut.analysis;

import io.roughcut.media.ChunkCutter;
import io.roughcut.media.ChunkPlanner;
import io.roughcut.media.CutChunk;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.KeyframeIndex;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.media.NormalizedMedia;
import io.roughcut.media.Normalization;
import io.roughcut.media.PlannedChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Analyses a chunk, and when the analyser says it is too long ({@link ChunkTooLongException}), cuts it in
 * two at the keyframe nearest its middle and analyses the halves, down to {@link #MIN_SECONDS}. The halves
 * are cut from the chunk's own file, whose index gives its keyframes, so a worker that holds only the chunk
 * can split it. The halves' segments come back relative to the original chunk, so the caller sees one chunk
 * analysed whole, and their usage is added up. The CLI and the service both analyse through it.
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
            if (chunk.duration() / 2 < MIN_SECONDS) {
                throw unsplittable(chunk, e);
            }
            // The chunk's file starts at zero at chunk.start(): plan the halves in its own time.
            MediaInfo file = new MediaProbe(ffmpeg, Long.MAX_VALUE).probe(input.file());
            KeyframeIndex index = KeyframeIndex.read(ffmpeg, file);
            PlannedChunk local = new PlannedChunk(chunk.index(), 0, chunk.duration(), chunk.fileDuration(), file.sizeBytes());
            List<PlannedChunk> halves = new ChunkPlanner().splitInHalf(index, local);
            if (halves.isEmpty()) {
                throw unsplittable(chunk, e);
            }
            List<Segment> segments = new ArrayList<>();
            Usage usage = Usage.NONE;
            for (PlannedChunk half : halves) {
                ChunkAnalysis part = analyze(cut(input, file, index, half));
                // Half times are relative to the half's keyframe; the caller's are relative to the chunk's.
                part.segments().forEach(s -> segments.add(shifted(s, half.start())));
                usage = usage.plus(part.usage());
            }
            return new ChunkAnalysis(segments, usage);
        }
    }

    private static AnalysisException unsplittable(PlannedChunk chunk, ChunkTooLongException e) {
        return new AnalysisException("The analyser could not finish a " + Math.round(chunk.fileDuration())
                + " s piece even after splitting it: " + e.getMessage(), e);
    }

    /** Cuts {@code half} (in the chunk file's own time) out of the chunk's file, as a chunk of the recording. */
    private ChunkInput cut(ChunkInput whole, MediaInfo file, KeyframeIndex index, PlannedChunk half) {
        String name = whole.file().getFileName().toString().replace(".mp4", "")
                + String.format(Locale.ROOT, "_from_%09d.mp4", Math.round(half.start() * 1000));
        // The half's progress is its share of the whole chunk, after the halves before it.
        double share = half.duration() / whole.chunk().duration();
        double before = half.start() / whole.chunk().duration();
        CutChunk cut = new ChunkCutter(ffmpeg, 1).cutOne(new NormalizedMedia(whole.file(), file, Normalization.AS_IS),
                index, half, whole.file().resolveSibling(name));
        double start = whole.chunk().start();
        PlannedChunk inRecording = new PlannedChunk(whole.chunk().index(), start + half.start(), start + half.end(),
                start + half.fileEnd(), cut.sizeBytes());
        return whole.withPart(cut.file(), inRecording, f -> whole.measured().accept(before + share * f));
    }

    private static Segment shifted(Segment s, double offset) {
        Fragment f = s.fragment();
        Fragment moved = f == null ? null : new Fragment(f.kind(), f.rawStart() + offset, f.rawEnd() + offset,
                f.minSeconds(), f.openStart(), f.openEnd());
        return new Segment(s.start() + offset, s.end() + offset, s.category(), s.reason(), s.confidence(),
                s.transcript(), s.source(), moved, s.speechSeconds());
    }
}
