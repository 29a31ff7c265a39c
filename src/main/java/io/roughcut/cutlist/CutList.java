package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The result of analysing one recording: what to cut, with the reviewer's decisions, a summary and how it
 * was made. Its JSON form is the one ARCHITECTURE.md shows (see {@code io.roughcut.export.CutListJson}).
 * Immutable; a decision makes a new CutList.
 *
 * @param segmentsToRemove every proposed cut, accepted or rejected, sorted by start
 */
public record CutList(String jobId, SourceSummary source, List<ChunkSummary> chunks, List<Cut> segmentsToRemove,
                      Summary summary, Processing processing) {

    public CutList {
        chunks = List.copyOf(chunks);
        segmentsToRemove = List.copyOf(segmentsToRemove);
    }

    /**
     * This result with one cut's decision changed and the summary recomputed over the accepted cuts.
     *
     * @throws UnknownCutException when no cut has that id
     */
    public CutList withDecision(String cutId, Decision decision) {
        List<Cut> cuts = new ArrayList<>(segmentsToRemove);
        int i = 0;
        while (i < cuts.size() && !cuts.get(i).id().equals(cutId)) {
            i++;
        }
        if (i == cuts.size()) {
            throw new UnknownCutException(cutId);
        }
        cuts.set(i, cuts.get(i).withDecision(decision));
        return new CutList(jobId, source, chunks, cuts, Summary.of(cuts, summary.originalDuration()), processing);
    }

    /**
     * This result with the reviewer's edits applied: adjusted cuts moved and marked {@link Edit#ADJUSTED},
     * removed ones left out, the reviewer's own added and marked {@link Edit#ADDED}, every range clipped to
     * the recording, the cuts sorted again and the summary recomputed. Edits to cuts this result does not
     * have are ignored. Apply edits before decisions, since a decision may be about an added cut.
     */
    public CutList withEdits(Collection<CutEdit> edits) {
        return CutEdits.apply(this, edits);
    }

    /**
     * The cuts whose decision is {@link Decision#ACCEPTED}, sorted by start. Only they are removed: a rejected
     * cut, and any cut with another decision (one still to be reviewed, say), keeps its stretch in the edit.
     */
    @JsonIgnore
    public List<Cut> acceptedCuts() {
        return segmentsToRemove.stream().filter(Cut::accepted).toList();
    }

    /**
     * The parts of the recording that remain once the accepted cuts are removed: disjoint, sorted, within
     * [0, duration]. Every export of the edit (EDL, XML, the rendered video) is made from these.
     */
    @JsonIgnore
    public List<TimeRange> keptRanges() {
        return TimeRange.complement(acceptedCuts().stream().map(Cut::range).toList(),
                new TimeRange(0, Math.max(0, source.durationSeconds())));
    }
}
