package io.roughcut.cutlist;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Makes one {@link CutList} from the results of a recording's chunks: chunk-relative times become absolute,
 * what the chunks saw twice in their overlap counts once, events that chunk boundaries cut apart are joined
 * and judged whole, silence at the very start or end of the recording becomes dead air, same-category
 * overlaps are merged, and the summary is computed. A pure function of its input, so analysing in chunks
 * and analysing whole give the same cuts. Thread-safe (stateless).
 */
public final class CutListAggregator {

    /** A pause this close, in seconds, to the start or end of the recording is dead air. */
    static final double DEAD_AIR_EDGE = 0.05;

    private CutListAggregator() {
    }

    public static CutList aggregate(AggregationInput input) {
        List<ChunkResult> results = new ArrayList<>(input.chunks());
        results.sort(Comparator.comparingDouble(r -> r.chunk().start()));
        double duration = input.source().durationSeconds();

        List<Piece> pieces = new ArrayList<>();
        for (int order = 0; order < results.size(); order++) {
            ChunkResult r = results.get(order);
            if (r.status() == ChunkStatus.COMPLETE) {
                for (Segment s : r.segments()) {
                    OwnedPart.of(r.chunk(), order, order < results.size() - 1, s).ifPresent(pieces::add);
                }
            }
        }
        BoundaryJoiner.Joined joined = BoundaryJoiner.join(pieces);
        SameCategoryMerger.Merged merged = SameCategoryMerger.merge(joined.pieces());
        // Dead air after merging, so that a pause that reaches the start through an overlapping pause counts,
        // and merged again, so that it meets the dead air an analyser may have reported itself.
        SameCategoryMerger.Merged withDeadAir = SameCategoryMerger.merge(deadAir(merged.pieces(), duration));

        List<Cut> cuts = cuts(withDeadAir.pieces());
        List<ChunkSummary> chunkSummaries = results.stream().map(r -> chunkSummary(r, cuts)).toList();
        int failed = (int) results.stream().filter(r -> r.status() == ChunkStatus.FAILED).count();
        Usage usage = results.stream().map(ChunkResult::usage).reduce(Usage.NONE, Usage::plus);
        Processing processing = new Processing(input.analyzer(), results.size(), results.size() - failed, failed,
                joined.boundaryMerges() + merged.boundaryMerges() + withDeadAir.boundaryMerges(), input.elapsedMs(),
                usage);
        return new CutList(input.jobId(), input.source(), chunkSummaries, cuts, Summary.of(cuts, duration),
                processing);
    }

    private static List<Piece> deadAir(List<Piece> pieces, double duration) {
        return pieces.stream()
                .map(p -> p.category() == Category.PAUSE
                        && (p.start() <= DEAD_AIR_EDGE || p.end() >= duration - DEAD_AIR_EDGE)
                        ? p.withCategory(Category.DEAD_AIR) : p)
                .toList();
    }

    private static List<Cut> cuts(List<Piece> pieces) {
        List<Piece> sorted = pieces.stream()
                .filter(p -> Timecode.roundMillis(p.end()) > Timecode.roundMillis(p.start()))
                .sorted(Comparator.comparingDouble(Piece::start).thenComparingDouble(Piece::end)
                        .thenComparing(Piece::category))
                .toList();
        List<Cut> cuts = new ArrayList<>(sorted.size());
        for (Piece p : sorted) {
            String id = String.format(Locale.ROOT, "s-%04d", cuts.size() + 1);
            Cut cut = Cut.of(id, p.start(), p.end(), p.category(), p.reason(), p.confidence(), p.transcript(),
                    p.source(), p.chunks());
            // A cut that would remove words is proposed, not applied: a person decides.
            cuts.add(p.speechSeconds() > Segment.REVIEW_SPEECH_SECONDS ? cut.withDecision(Decision.REVIEW) : cut);
        }
        return cuts;
    }

    private static ChunkSummary chunkSummary(ChunkResult r, List<Cut> cuts) {
        int index = r.chunk().index();
        int found = (int) cuts.stream().filter(c -> c.chunks().contains(index)).count();
        return new ChunkSummary(index, Timecode.roundMillis(r.chunk().start()), Timecode.roundMillis(r.chunk().end()),
                r.sizeBytes(), r.status(), found, r.error());
    }
}
