package io.roughcut.cutlist;

import io.roughcut.analysis.Fragment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Step two of aggregation: joins the fragments of one event that chunk boundaries cut apart, then judges
 * the whole event as the analyser would have judged it in one piece. A chain may cross many chunks (a long
 * silence over five short chunks is one cut). A fragment left open with no partner, for example beside a
 * failed chunk, is judged alone by the same rule.
 */
final class BoundaryJoiner {

    /** How far apart, in seconds, the two sides of a boundary may be and still be one event. */
    static final double JOIN_TOLERANCE = 0.1;

    /** The joined pieces, and how many joins across a boundary it took. */
    record Joined(List<Piece> pieces, int boundaryMerges) {
    }

    private BoundaryJoiner() {
    }

    static Joined join(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        List<Piece> fragments = new ArrayList<>();
        for (Piece p : pieces) {
            (p.isFragment() ? fragments : out).add(p);
        }
        fragments.sort(Comparator.comparingInt(Piece::order).thenComparingDouble(p -> p.fragment().rawStart()));
        List<List<Piece>> chains = new ArrayList<>();
        List<List<Piece>> open = new ArrayList<>();
        int joins = 0;
        for (Piece p : fragments) {
            List<Piece> chain = p.fragment().openStart() ? partner(open, p) : null;
            if (chain == null) {
                chain = new ArrayList<>();
                chains.add(chain);
            } else {
                joins++;
                open.remove(chain);
            }
            chain.add(p);
            if (p.fragment().openEnd()) {
                open.add(chain);
            }
        }
        for (List<Piece> chain : chains) {
            judge(chain).ifPresent(out::add);
        }
        return new Joined(out, joins);
    }

    private static List<Piece> partner(List<List<Piece>> open, Piece p) {
        Fragment f = p.fragment();
        for (List<Piece> chain : open) {
            Piece last = chain.getLast();
            Fragment g = last.fragment();
            if (last.order() == p.order() - 1 && g.kind().equals(f.kind())
                    && f.rawStart() <= g.rawEnd() + JOIN_TOLERANCE && g.rawStart() <= f.rawEnd() + JOIN_TOLERANCE) {
                return chain;
            }
        }
        return null;
    }

    private static Optional<Piece> judge(List<Piece> chain) {
        Piece first = chain.getFirst();
        Piece last = chain.getLast();
        double rawSeconds = last.fragment().rawEnd() - first.fragment().rawStart();
        if (rawSeconds < first.fragment().minSeconds() - OwnedPart.EPSILON
                || last.end() - first.start() <= OwnedPart.EPSILON) {
            return Optional.empty();
        }
        double confidence = first.confidence();
        var source = first.source();
        String transcript = first.transcript();
        List<Integer> chunks = new ArrayList<>();
        for (Piece p : chain) {
            confidence = Math.min(confidence, p.confidence());
            source = Piece.combine(source, p.source());
            transcript = transcript != null ? transcript : p.transcript();
            chunks.addAll(p.chunks());
        }
        Fragment joined = new Fragment(first.fragment().kind(), first.fragment().rawStart(), last.fragment().rawEnd(),
                first.fragment().minSeconds(), first.fragment().openStart(), last.fragment().openEnd());
        return Optional.of(new Piece(first.start(), last.end(), first.category(),
                Fragment.reason(rawSeconds, joined.kind()), confidence, transcript, source, chunks,
                first.order(), joined));
    }
}
