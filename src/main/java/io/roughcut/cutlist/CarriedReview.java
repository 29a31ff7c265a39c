package io.roughcut.cutlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's review moved from a recording's earlier analysis onto a new one (made with other settings), so
 * the decisions and edits they made stay on the cuts that still exist. Immutable.
 *
 * <p>Cuts are matched by where they are, not by id: ids are numbered in order of start ({@code s-0001},
 * {@code s-0002}, ...), so a longer shortest pause, which drops some cuts, gives every later cut another
 * id, and an id of the earlier list names a different cut in the new one. A cut of the earlier analysis
 * that the person decided or edited goes to the new cut of the same category that overlaps its extent (as
 * the analysis found it) the most; each new cut takes at most one earlier cut, the one that overlaps it
 * most. A cut with no such match is gone, and so is what was decided about it. The reviewer's own cuts do
 * not depend on the analysis and are kept as they are, with their decisions.
 *
 * @param edits     the edits for the new cut list, by the new ids
 * @param decisions the decisions for the new cut list, by the new ids
 * @param carried   how many of the earlier cuts the person had decided or edited found their cut in the new list
 * @param dropped   how many did not
 */
public record CarriedReview(List<CutEdit> edits, Map<String, Decision> decisions, int carried, int dropped) {

    public CarriedReview {
        edits = List.copyOf(edits);
        decisions = Map.copyOf(decisions);
    }

    /**
     * @param earlier   the earlier analysis's cut list, as the analysis made it (no edits applied)
     * @param edits     the person's edits to it
     * @param decisions the person's decisions about it
     * @param next      the new analysis's cut list, as the analysis made it
     */
    public static CarriedReview of(CutList earlier, Collection<CutEdit> edits, Map<String, Decision> decisions,
                                   CutList next) {
        Map<String, Cut> analysed = new HashMap<>();
        earlier.segmentsToRemove().forEach(c -> analysed.put(c.id(), c));
        Map<String, CutEdit> editOf = new HashMap<>();
        edits.forEach(e -> editOf.put(e.cutId(), e));
        List<CutEdit> carriedEdits = new ArrayList<>();
        Map<String, Decision> carriedDecisions = new LinkedHashMap<>();
        for (CutEdit e : edits) {
            if (e.added() != null) {
                carriedEdits.add(e);
                if (decisions.containsKey(e.cutId())) {
                    carriedDecisions.put(e.cutId(), decisions.get(e.cutId()));
                }
            }
        }
        Set<String> touched = new HashSet<>(decisions.keySet());
        editOf.values().stream().filter(e -> e.added() == null).forEach(e -> touched.add(e.cutId()));
        touched.retainAll(analysed.keySet());

        List<Match> candidates = new ArrayList<>();
        for (String id : touched) {
            Cut was = analysed.get(id);
            for (Cut now : next.segmentsToRemove()) {
                double overlap = Math.min(was.end(), now.end()) - Math.max(was.start(), now.start());
                if (now.category() == was.category() && overlap > 0) {
                    candidates.add(new Match(was, now, overlap));
                }
            }
        }
        // The largest overlaps first, then the nearer starts: each side is taken by its best partner.
        candidates.sort(Comparator.comparingDouble(Match::overlap).reversed()
                .thenComparingDouble(m -> Math.abs(m.was().start() - m.now().start())));
        Set<String> taken = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (Match m : candidates) {
            if (placed.contains(m.was().id()) || taken.contains(m.now().id())) {
                continue;
            }
            placed.add(m.was().id());
            taken.add(m.now().id());
            CutEdit edit = editOf.get(m.was().id());
            if (edit != null) {
                carriedEdits.add(new CutEdit(m.now().id(), edit.range(), edit.removed(), null));
            }
            Decision decision = decisions.get(m.was().id());
            if (decision != null) {
                carriedDecisions.put(m.now().id(), decision);
            }
        }
        return new CarriedReview(carriedEdits, carriedDecisions, placed.size(), touched.size() - placed.size());
    }

    private record Match(Cut was, Cut now, double overlap) {
    }
}
