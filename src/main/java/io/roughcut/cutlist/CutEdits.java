package io.roughcut.cutlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applies the reviewer's {@link CutEdit}s to the analysis's cut list; see {@link CutList#withEdits}. Stateless. */
final class CutEdits {

    private CutEdits() {
    }

    static CutList apply(CutList analysis, Collection<CutEdit> edits) {
        if (edits.isEmpty()) {
            return analysis;
        }
        Map<String, CutEdit> byId = new LinkedHashMap<>();
        edits.forEach(e -> byId.put(e.cutId(), e));
        TimeRange whole = new TimeRange(0, Math.max(0, analysis.source().durationSeconds()));
        Set<String> found = new HashSet<>();
        List<Cut> cuts = new ArrayList<>();
        for (Cut cut : analysis.segmentsToRemove()) {
            found.add(cut.id());
            CutEdit edit = byId.get(cut.id());
            if (edit == null) {
                cuts.add(cut);
            } else if (!edit.removed()) {
                within(edit.range(), whole).ifPresent(r -> cuts.add(sameMillis(r, cut.range()) ? cut
                        : cut.withRange(r, Edit.ADJUSTED)));
            }
        }
        for (CutEdit edit : byId.values()) {
            // An edit to a cut this result does not have (an earlier analysis had it) is moot, like a decision.
            if (edit.added() == null || edit.removed() || found.contains(edit.cutId())) {
                continue;
            }
            CutEdit.AddedCut what = edit.added();
            within(edit.range(), whole).ifPresent(r -> cuts.add(Cut.of(edit.cutId(), r.start(), r.end(),
                    what.category(), what.reason(), what.confidence(), null, what.source(), List.of())
                    .withRange(r, Edit.ADDED)));
        }
        cuts.sort(Comparator.comparingDouble(Cut::start).thenComparingDouble(Cut::end).thenComparing(Cut::id));
        return new CutList(analysis.jobId(), analysis.source(), analysis.chunks(), cuts,
                Summary.of(cuts, analysis.summary().originalDuration()), analysis.processing());
    }

    /** The part of {@code range} inside the recording, if a millisecond or more of it is. */
    private static Optional<TimeRange> within(TimeRange range, TimeRange whole) {
        double start = Timecode.roundMillis(Math.max(range.start(), whole.start()));
        double end = Timecode.roundMillis(Math.min(range.end(), whole.end()));
        return end > start ? Optional.of(new TimeRange(start, end)) : Optional.empty();
    }

    private static boolean sameMillis(TimeRange a, TimeRange b) {
        return Timecode.roundMillis(a.start()) == Timecode.roundMillis(b.start())
                && Timecode.roundMillis(a.end()) == Timecode.roundMillis(b.end());
    }
}
