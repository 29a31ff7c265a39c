package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Analyses a recording cut into chunks at the given keyframes, as the chunk cutter does, and joins the
 * chunks' segments by the aggregator's rule (written by another helper): a segment open at its end joins
 * one open at its start in the next chunk, of the same kind, when they meet within 0.1 s; the joined cut
 * runs from the first start to the last end, and is dropped when its raw length is under the minimum.
 */
final class ChunkedRun {

    private ChunkedRun() {
    }

    static ChunkInput chunk(Path file, MediaInfo info, double[] boundaries, int index, RecordingProfile profile,
                            Path dir) {
        double start = boundaries[index];
        double end = index + 1 < boundaries.length ? boundaries[index + 1] : info.durationSeconds();
        Path chunkFile = TalkMedia.cut(file, start, end, dir.resolve("chunk-" + index + ".mp4"));
        return new ChunkInput(chunkFile, new PlannedChunk(index, start, end, end, 0), boundaries.length, info,
                profile);
    }

    /** The recording's cuts in absolute seconds, in order of their start. */
    static List<Segment> analyse(LocalAnalyzer analyzer, Path file, MediaInfo info, double[] boundaries,
                                 RecordingProfile profile, Path dir) {
        List<Segment> out = new ArrayList<>();
        List<Segment> open = new ArrayList<>();
        for (int i = 0; i < boundaries.length; i++) {
            List<Segment> carried = open;
            open = new ArrayList<>();
            for (Segment s : analyzer.analyze(chunk(file, info, boundaries, i, profile, dir)).segments()) {
                Segment abs = shift(s, boundaries[i]);
                Fragment f = abs.fragment();
                if (f != null && f.openStart()) {
                    abs = joined(take(carried, abs), abs);
                }
                if (abs.fragment() != null && abs.fragment().openEnd()) {
                    open.add(abs);
                } else if (abs.fragment() == null
                        || abs.fragment().rawEnd() - abs.fragment().rawStart() >= abs.fragment().minSeconds()) {
                    out.add(abs);
                }
            }
            assertThat(carried).as("fragments left unjoined after chunk %d", i - 1).isEmpty();
        }
        out.sort(Comparator.comparingDouble(Segment::start));
        return out;
    }

    private static Segment take(List<Segment> carried, Segment tail) {
        Segment head = carried.stream().filter(c -> c.fragment().kind().equals(tail.fragment().kind())
                && Math.abs(c.end() - tail.start()) <= 0.1).findFirst().orElseThrow();
        carried.remove(head);
        return head;
    }

    private static Segment joined(Segment head, Segment tail) {
        Fragment h = head.fragment();
        Fragment t = tail.fragment();
        return new Segment(head.start(), tail.end(), head.category(), tail.reason(), tail.confidence(), null,
                tail.source(), new Fragment(t.kind(), h.rawStart(), t.rawEnd(), t.minSeconds(), h.openStart(),
                        t.openEnd()));
    }

    private static Segment shift(Segment s, double offset) {
        Fragment f = s.fragment();
        return new Segment(s.start() + offset, s.end() + offset, s.category(), s.reason(), s.confidence(), null,
                s.source(), f == null ? null : new Fragment(f.kind(), f.rawStart() + offset, f.rawEnd() + offset,
                        f.minSeconds(), f.openStart(), f.openEnd()));
    }
}
