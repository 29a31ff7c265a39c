package io.roughcut.cutlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarriedReviewTests {

    private static Cut cut(String id, double start, double end, Category category) {
        return Cut.of(id, start, end, category, "silence", 0.9, null, SegmentSource.LOCAL, List.of(0));
    }

    private static CutList list(Cut... cuts) {
        List<Cut> all = List.of(cuts);
        return new CutList("job-1", Fixtures.source(20), List.of(), all, Summary.of(all, 20),
                new Processing("local", 1, 1, 0, 0, 1, Usage.NONE));
    }

    @Test
    void decisionsAndEditsFollowTheirCutToItsNewIdAndThoseOfCutsNoLongerFoundGo() {
        CutList earlier = list(cut("s-0001", 1, 2, Category.PAUSE), cut("s-0002", 5, 6.5, Category.PAUSE),
                cut("s-0003", 9, 9.6, Category.PAUSE), cut("s-0004", 12, 15, Category.PAUSE));
        CutEdit moved = CutEdit.adjusted("s-0002", new TimeRange(5.1, 6.4));
        CutEdit own = CutEdit.added("r-k3x9q2", new TimeRange(17, 18), CutEdit.AddedCut.byReviewer(Category.FILLER_WORDS));
        Map<String, Decision> decided = Map.of("s-0001", Decision.REJECTED, "s-0002", Decision.REJECTED,
                "s-0003", Decision.REJECTED, "s-0004", Decision.REJECTED, "r-k3x9q2", Decision.REVIEW);
        // A longer shortest pause: the short pauses are gone, the others renumbered; 9-9.6 s is a fault now.
        CutList next = list(cut("s-0001", 5.05, 6.45, Category.PAUSE), cut("s-0002", 9, 9.6, Category.TECHNICAL),
                cut("s-0003", 12.1, 14.9, Category.PAUSE));

        CarriedReview carried = CarriedReview.of(earlier, List.of(moved, own), decided, next);

        assertThat(carried.decisions()).containsExactlyInAnyOrderEntriesOf(Map.of("s-0001", Decision.REJECTED,
                "s-0003", Decision.REJECTED, "r-k3x9q2", Decision.REVIEW));
        assertThat(carried.edits()).containsExactlyInAnyOrder(own, CutEdit.adjusted("s-0001", new TimeRange(5.1, 6.4)));
        assertThat(carried.carried()).isEqualTo(2);
        assertThat(carried.dropped()).as("1-2 s is no pause now, and 9-9.6 s is of another category").isEqualTo(2);
    }

    @Test
    void eachNewCutTakesTheEarlierCutThatOverlapsItMost() {
        CutList earlier = list(cut("s-0001", 1, 2, Category.PAUSE), cut("s-0002", 2.2, 4, Category.PAUSE));
        CutList next = list(cut("s-0001", 1.5, 4, Category.PAUSE));

        CarriedReview carried = CarriedReview.of(earlier, List.of(),
                Map.of("s-0001", Decision.REJECTED, "s-0002", Decision.ACCEPTED), next);

        assertThat(carried.decisions()).containsExactlyEntriesOf(Map.of("s-0001", Decision.ACCEPTED));
        assertThat(carried.dropped()).isEqualTo(1);
    }

    @Test
    void carriedOntoTheSameAnalysisTheReviewIsUnchanged() {
        CutList same = list(cut("s-0001", 1, 2, Category.PAUSE), cut("s-0002", 5, 6.5, Category.PAUSE));
        List<CutEdit> edits = List.of(CutEdit.adjusted("s-0002", new TimeRange(5.2, 6.5)).withRemoved(true));
        Map<String, Decision> decided = Map.of("s-0001", Decision.REJECTED);

        CarriedReview carried = CarriedReview.of(same, edits, decided, same);

        assertThat(carried.edits()).isEqualTo(edits);
        assertThat(carried.decisions()).isEqualTo(decided);
    }
}
