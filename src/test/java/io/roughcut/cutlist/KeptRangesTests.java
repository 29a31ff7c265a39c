package io.roughcut.cutlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptRangesTests {

    private static CutList cutList() {
        List<Cut> cuts = List.of(cut("s-0001", 1, 2), cut("s-0002", 1.5, 3), cut("s-0003", 5, 6), cut("s-0004", 9, 10));
        return new CutList("job-1", Fixtures.source(10), List.of(), cuts, Summary.of(cuts, 10),
                new Processing("local", 1, 1, 0, 0, 1, io.roughcut.analysis.Usage.NONE));
    }

    private static Cut cut(String id, double start, double end) {
        return Cut.of(id, start, end, Category.PAUSE, "silence", 0.9, null, io.roughcut.analysis.SegmentSource.LOCAL,
                List.of(0));
    }

    @Test
    void theAcceptedCutsAreRemovedOverlapsOnceAndTheEndIsTheRecordingsEnd() {
        assertThat(cutList().keptRanges()).containsExactly(new TimeRange(0, 1), new TimeRange(3, 5),
                new TimeRange(6, 9));
    }

    @Test
    void onlyAcceptedCutsAreRemovedSoARejectedCutStaysInTheEdit() {
        CutList cutList = cutList().withDecision("s-0003", Decision.REJECTED).withDecision("s-0002", Decision.REJECTED);

        assertThat(cutList.keptRanges()).containsExactly(new TimeRange(0, 1), new TimeRange(2, 9));
        assertThat(cutList.acceptedCuts()).extracting(Cut::id).containsExactly("s-0001", "s-0004");
        for (Decision other : Decision.values()) {
            if (other != Decision.ACCEPTED) {
                assertThat(cutList().withDecision("s-0004", other).keptRanges()).as("a cut that is %s", other)
                        .endsWith(new TimeRange(6, 10));
            }
        }
    }
}
