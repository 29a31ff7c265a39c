package io.roughcut.cutlist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * De-duplication: cuts of one category that overlap or touch become one, their union, with the higher
 * confidence and both sources (a local and a Gemini cut become a "local+gemini" cut). Touching cuts merge
 * too, because a complete segment cut at a chunk boundary arrives as two touching pieces. Cuts of
 * different categories that overlap are all kept: each is a separate reason to cut that the reviewer can
 * reject on its own, and the summary counts their overlap once.
 */
final class SameCategoryMerger {

    /** Pieces closer than this, in seconds, touch: under the millisecond precision of a result. */
    static final double TOUCH = 0.0005;

    /** The merged pieces, and how many merges joined pieces of different chunks. */
    record Merged(List<Piece> pieces, int boundaryMerges) {
    }

    private SameCategoryMerger() {
    }

    static Merged merge(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparing(Piece::category).thenComparingDouble(Piece::start));
        List<Piece> out = new ArrayList<>();
        int acrossChunks = 0;
        for (Piece p : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).category() == p.category() && p.start() <= out.get(last).end() + TOUCH) {
                Piece q = out.get(last);
                if (Collections.disjoint(q.chunks(), p.chunks())) {
                    acrossChunks++;
                }
                out.set(last, union(q, p));
            } else {
                out.add(p);
            }
        }
        return new Merged(out, acrossChunks);
    }

    private static Piece union(Piece a, Piece b) {
        Piece surer = b.confidence() > a.confidence() ? b : a;
        List<Integer> chunks = new ArrayList<>(a.chunks());
        chunks.addAll(b.chunks());
        return new Piece(a.start(), Math.max(a.end(), b.end()), a.category(), surer.reason(),
                surer.confidence(), a.transcript() != null ? a.transcript() : b.transcript(),
                Piece.combine(a.source(), b.source()), chunks, Math.min(a.order(), b.order()), null, false,
                a.speechSeconds() + b.speechSeconds());
    }
}
