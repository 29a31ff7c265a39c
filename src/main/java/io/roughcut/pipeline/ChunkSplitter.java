package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.analysis.Segment;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Analyses a chunk, and when the analyser says it is too long, cuts it in half by stream copy and analyses
 * the halves (recursively, down to {@link #MIN_SECONDS}). The halves' segments come back relative to the
 * original chunk, so the chunk row looks as if it had been analysed whole. Thread-safe.
 */
final class ChunkSplitter {

    static final double MIN_SECONDS = 10;

    private final Analyzer analyzer;
    private final FfmpegRunner ffmpeg;

    ChunkSplitter(Analyzer analyzer, FfmpegRunner ffmpeg) {
        this.analyzer = analyzer;
        this.ffmpeg = ffmpeg;
    }

    ChunkAnalysis analyze(ChunkInput input) {
        try {
            return analyzer.analyze(input);
        } catch (ChunkTooLongException e) {
            double length = input.chunk().fileDuration();
            if (length / 2 < MIN_SECONDS) {
                throw new AnalysisException("The analyser could not finish a " + Math.round(length)
                        + " s piece even after splitting: " + e.getMessage(), e);
            }
            double half = length / 2;
            ChunkAnalysis first = analyze(part(input, 0, half, "a"));
            ChunkAnalysis second = analyze(part(input, half, length, "b"));
            List<Segment> segments = new ArrayList<>(first.segments());
            for (Segment s : second.segments()) {
                segments.add(new Segment(s.start() + half, s.end() + half, s.category(), s.reason(), s.confidence(),
                        s.transcript(), s.source(), s.fragment()));
            }
            return new ChunkAnalysis(segments, first.usage().plus(second.usage()));
        }
    }

    private ChunkInput part(ChunkInput whole, double from, double to, String suffix) {
        Path file = whole.file().resolveSibling(whole.file().getFileName().toString().replace(".mp4", "") + suffix + ".mp4");
        ffmpeg.ffmpeg(List.of("-ss", fmt(from), "-i", whole.file().toString(), "-t", fmt(to - from), "-c", "copy",
                "-avoid_negative_ts", "make_zero", file.toString()), Duration.ofHours(1));
        PlannedChunk c = whole.chunk();
        double start = c.start() + from;
        PlannedChunk piece = new PlannedChunk(c.index(), start, Math.min(c.end(), c.start() + to), c.start() + to,
                file.toFile().length());
        return new ChunkInput(file, piece, whole.chunkCount(), whole.recording(), whole.profile());
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
