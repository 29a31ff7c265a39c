package io.roughcut.cutlist;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
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
            // Fragments of one kind are one event whatever their category: a chunk cannot tell that a silence
            // at its open edge reaches the recording's start or end, so one piece may say pause and the
            // other dead air.
            boolean sameEvent = g.kind() == null ? last.category() == p.category() : g.kind().equals(f.kind());
            if (sameEvent && last.order() == p.order() - 1
                    && f.rawStart() <= g.rawEnd() + JOIN_TOLERANCE && g.rawStart() <= f.rawEnd() + JOIN_TOLERANCE) {
                return chain;
            }
        }
        return null;
    }

    private static Optional<Piece> judge(List<Piece> chain) {
        Piece first = chain.getFirst();
        Piece last = chain.getLast();
        if (chain.size() == 1 && first.inTail()) {
            return Optional.empty();
        }
        double rawSeconds = last.fragment().rawEnd() - first.fragment().rawStart();
        // A chain that starts with a complete segment was judged whole by its analyser already, which also
        // wrote its reason; only the start of a real fragment lets us measure the event.
        boolean measured = first.fragment().kind() != null;
        if (measured && rawSeconds < first.fragment().minSeconds() - OwnedPart.EPSILON
                || last.end() - first.start() <= OwnedPart.EPSILON) {
            return Optional.empty();
        }
        double confidence = first.confidence();
        Category category = first.category();
        SegmentSource source = first.source();
        String transcript = first.transcript();
        List<Integer> chunks = new ArrayList<>();
        double speech = 0;
        for (Piece p : chain) {
            speech += p.speechSeconds();
            confidence = Math.min(confidence, p.confidence());
            category = p.category() == Category.DEAD_AIR ? Category.DEAD_AIR : category;
            source = Piece.combine(source, p.source());
            transcript = transcript != null ? transcript : p.transcript();
            chunks.addAll(p.chunks());
        }
        String reason = measured
                ? Segment.withSpeechNote(Fragment.reason(rawSeconds, first.fragment().kind()), speech)
                : first.reason();
        return Optional.of(new Piece(first.start(), last.end(), category, reason, confidence, transcript,
                source, chunks, first.order(), null, false, speech));
    }
}
