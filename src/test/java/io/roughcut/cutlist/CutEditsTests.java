package io.roughcut.cutlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer's edits applied to an analysis's cut list: what every export then sees. */
class CutEditsTests {

    private static final Cut PAUSE = Cut.of("s-0001", 10, 12, Category.PAUSE, "2.4 s silence", 0.9, null,
            SegmentSource.LOCAL, List.of(0));
    private static final Cut FILLER = Cut.of("s-0002", 20, 20.5, Category.FILLER_WORDS, "um", 0.7, "um",
            SegmentSource.GEMINI, List.of(0));

    private static CutList analysis() {
        SourceSummary source = new SourceSummary("talk.mov", null, 123, 60, "mov", "h264", "aac", "remux", "25/1",
                false, 1280, 720, List.of(2), 48000, null, 0, false);
        List<Cut> cuts = List.of(PAUSE, FILLER);
        return new CutList("job-1", source, List.of(new ChunkSummary(0, 0, 60, 100, ChunkStatus.COMPLETE, 2, null)),
                cuts, Summary.of(cuts, 60), new Processing("hybrid", 1, 1, 0, 0, 10, Usage.NONE));
    }

    @Test
    void withoutEditsTheListIsTheAnalysis() {
        assertThat(analysis().withEdits(List.of())).isEqualTo(analysis());
    }

    @Test
    void anAdjustedCutMovesIsMarkedAndCountsInTheSummary() {
        CutList edited = analysis().withEdits(List.of(CutEdit.adjusted("s-0001", new TimeRange(9.6, 12.3333))));

        Cut moved = edited.segmentsToRemove().getFirst();
        assertThat(moved.id()).isEqualTo("s-0001");
        assertThat(moved.start()).isEqualTo(9.6);
        assertThat(moved.end()).isEqualTo(12.333);
        assertThat(moved.duration()).isEqualTo(2.733);
        assertThat(moved.endTimecode()).isEqualTo("00:00:12.333");
        assertThat(moved.edit()).isEqualTo(Edit.ADJUSTED);
        assertThat(moved.source()).as("still the analyser's finding").isEqualTo(SegmentSource.LOCAL);
        assertThat(edited.summary().timeRemoved()).isEqualTo(3.233);
        assertThat(edited.keptRanges()).containsExactly(new TimeRange(0, 9.6), new TimeRange(12.333, 20),
                new TimeRange(20.5, 60));
    }

    @Test
    void anAddedCutIsTheReviewersAndTakesItsPlaceInOrder() {
        CutList edited = analysis().withEdits(List.of(CutEdit.added("r-k3x9q2", new TimeRange(15, 16),
                CutEdit.AddedCut.byReviewer(Category.FALSE_START))));

        assertThat(edited.segmentsToRemove()).extracting(Cut::id).containsExactly("s-0001", "r-k3x9q2", "s-0002");
        Cut added = edited.segmentsToRemove().get(1);
        assertThat(added.edit()).isEqualTo(Edit.ADDED);
        assertThat(added.source()).isEqualTo(SegmentSource.REVIEWER);
        assertThat(added.category()).isEqualTo(Category.FALSE_START);
        assertThat(added.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(added.chunks()).isEmpty();
        assertThat(edited.summary().cutCount()).isEqualTo(3);
        assertThat(edited.withDecision("r-k3x9q2", Decision.REJECTED).summary().cutCount()).isEqualTo(2);
    }

    @Test
    void aSplitIsAnAdjustedFirstPartAndASecondPartLikeIt() {
        CutList edited = analysis().withEdits(List.of(CutEdit.adjusted("s-0001", new TimeRange(10, 11)),
                CutEdit.added("r-b", new TimeRange(11, 12), CutEdit.AddedCut.like(PAUSE))));

        assertThat(edited.segmentsToRemove()).extracting(Cut::id, Cut::start, Cut::end, Cut::edit)
                .startsWith(org.assertj.core.groups.Tuple.tuple("s-0001", 10.0, 11.0, Edit.ADJUSTED),
                        org.assertj.core.groups.Tuple.tuple("r-b", 11.0, 12.0, Edit.ADDED));
        Cut second = edited.segmentsToRemove().get(1);
        assertThat(second.source()).isEqualTo(SegmentSource.LOCAL);
        assertThat(second.confidence()).isEqualTo(0.9);
        assertThat(second.reason()).isEqualTo("2.4 s silence");
        assertThat(edited.summary().timeRemoved()).isEqualTo(2.5);
    }

    @Test
    void aRemovedCutLeavesTheListAndAMergedOneCoversBoth() {
        CutList edited = analysis().withEdits(List.of(CutEdit.adjusted("s-0001", new TimeRange(10, 20.5)),
                CutEdit.adjusted("s-0002", FILLER.range()).withRemoved(true)));

        assertThat(edited.segmentsToRemove()).extracting(Cut::id).containsExactly("s-0001");
        assertThat(edited.keptRanges()).containsExactly(new TimeRange(0, 10), new TimeRange(20.5, 60));
    }

    @Test
    void editsAreClippedToTheRecordingAndMootOnesAreIgnored() {
        CutList edited = analysis().withEdits(List.of(
                CutEdit.adjusted("s-0002", new TimeRange(58, 75)),
                CutEdit.added("r-out", new TimeRange(61, 70), CutEdit.AddedCut.byReviewer(Category.PAUSE)),
                CutEdit.adjusted("s-0099", new TimeRange(1, 2))));

        assertThat(edited.segmentsToRemove()).extracting(Cut::id).containsExactly("s-0001", "s-0002");
        assertThat(edited.segmentsToRemove().get(1).end()).isEqualTo(60.0);
    }

    @Test
    void movedBackToWhereTheAnalysisHadItTheCutIsUnedited() {
        CutList edited = analysis().withEdits(List.of(CutEdit.adjusted("s-0001", new TimeRange(10.0001, 12))));

        assertThat(edited.segmentsToRemove().getFirst()).isEqualTo(PAUSE);
    }
}
