package io.roughcut.cutlist;

import static io.roughcut.cutlist.Fixtures.aggregate;
import static io.roughcut.cutlist.Fixtures.complete;
import static io.roughcut.cutlist.Fixtures.gemini;
import static io.roughcut.cutlist.Fixtures.local;
import static io.roughcut.cutlist.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import io.roughcut.media.PlannedChunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CutListAggregatorTests {

    private static CutList single(double duration, io.roughcut.analysis.Segment... segments) {
        return aggregate(duration, List.of(complete(plan(0, 0, duration).getFirst(), segments)));
    }

    @Test
    void pausesAtTheVeryStartOrEndOfTheRecordingAreDeadAir() {
        CutList result = single(60,
                local(0.04, 1.5, Category.PAUSE, 0.9),
                local(10, 11, Category.PAUSE, 0.9),
                local(30, 31, Category.FILLER_WORDS, 0.9),
                local(58, 59.96, Category.PAUSE, 0.9),
                local(0.5, 0.9, Category.FILLER_WORDS, 0.9));

        assertThat(result.segmentsToRemove()).extracting(Cut::start, Cut::category).containsExactly(
                tuple(0.04, Category.DEAD_AIR), tuple(0.5, Category.FILLER_WORDS), tuple(10.0, Category.PAUSE),
                tuple(30.0, Category.FILLER_WORDS), tuple(58.0, Category.DEAD_AIR));
    }

    @Test
    void pauseThatReachesTheStartOnlyThroughAnOverlappingPauseIsDeadAirToo() {
        CutList result = single(60, local(0, 2, Category.PAUSE, 0.9), gemini(1.5, 3, Category.PAUSE, 0.8),
                gemini(0, 1, Category.DEAD_AIR, 0.7));

        assertThat(result.segmentsToRemove()).singleElement().satisfies(cut -> {
            assertThat(cut.range()).isEqualTo(new TimeRange(0, 3));
            assertThat(cut.category()).isEqualTo(Category.DEAD_AIR);
            assertThat(cut.source()).isEqualTo(SegmentSource.BOTH);
        });
    }

    @Test
    void overlappingCutsOfOneCategoryMergeAndOfDifferentCategoriesStay() {
        CutList result = single(60,
                local(5, 7, Category.PAUSE, 0.9),
                gemini(6, 8, Category.PAUSE, 0.95),
                gemini(6.5, 7.5, Category.FILLER_WORDS, 0.6),
                local(20, 21, Category.PAUSE, 0.7),
                local(21, 22, Category.PAUSE, 0.75));

        assertThat(result.segmentsToRemove())
                .extracting(Cut::start, Cut::end, Cut::category, Cut::confidence, Cut::source)
                .containsExactly(
                        tuple(5.0, 8.0, Category.PAUSE, 0.95, SegmentSource.BOTH),
                        tuple(6.5, 7.5, Category.FILLER_WORDS, 0.6, SegmentSource.GEMINI),
                        tuple(20.0, 22.0, Category.PAUSE, 0.75, SegmentSource.LOCAL));
        assertThat(result.processing().boundaryMerges()).isZero();
    }

    @Test
    void cutsAreSortedByStartAndNumberedWithTimecodes() {
        List<PlannedChunk> chunks = plan(0, 0, 3700, 7400);
        CutList result = aggregate(7400, List.of(
                complete(chunks.get(1), local(20, 21.5, Category.PAUSE, 0.9), local(3.25, 4, Category.TECHNICAL, 0.9)),
                complete(chunks.get(0), local(12.345, 14.2, Category.REDUNDANT, 0.9))));

        assertThat(result.segmentsToRemove()).extracting(Cut::id, Cut::startTimecode, Cut::endTimecode, Cut::duration)
                .containsExactly(
                        tuple("s-0001", "00:00:12.345", "00:00:14.200", 1.855),
                        tuple("s-0002", "01:01:43.250", "01:01:44.000", 0.75),
                        tuple("s-0003", "01:02:00.000", "01:02:01.500", 1.5));
        assertThat(result.chunks()).extracting(ChunkSummary::index, ChunkSummary::cutsFound)
                .containsExactly(tuple(0, 1), tuple(1, 2));
    }

    @Test
    void summaryCountsOverlapsOnceAndSortsCategories() {
        CutList result = single(60,
                local(1, 3, Category.PAUSE, 0.9),
                gemini(2, 5, Category.FALSE_START, 0.45),
                gemini(10, 10.5, Category.FILLER_WORDS, 0.8));

        Summary summary = result.summary();
        assertThat(summary.originalDuration()).isEqualTo(60.0);
        assertThat(summary.timeRemoved()).isEqualTo(4.5);
        assertThat(summary.finalDuration()).isEqualTo(55.5);
        assertThat(summary.cutCount()).isEqualTo(3);
        assertThat(summary.byCategory()).containsExactly(Map.entry("pause", 1), Map.entry("filler_words", 1),
                Map.entry("false_start", 1));
        assertThat(summary.averageConfidence()).isEqualTo(0.717);
        assertThat(summary.highConfidenceCuts()).isEqualTo(2);
        assertThat(summary.lowConfidenceCuts()).isEqualTo(1);
    }

    @Test
    void emptyResultHasAZeroSummary() {
        CutList result = single(60);

        assertThat(result.segmentsToRemove()).isEmpty();
        assertThat(result.summary()).isEqualTo(new Summary(60, 60, 0, 0, Map.of(), 0, 0, 0));
        assertThat(result.keptRanges()).containsExactly(new TimeRange(0, 60));
    }

    @Test
    void decisionsChangeTheSummaryButKeepTheCut() {
        CutList result = single(60, local(1, 3, Category.PAUSE, 0.9), gemini(2, 5, Category.FALSE_START, 0.45),
                gemini(10, 10.5, Category.FILLER_WORDS, 0.8));

        CutList rejected = result.withDecision("s-0002", Decision.REJECTED);

        assertThat(rejected.segmentsToRemove()).extracting(Cut::decision)
                .containsExactly(Decision.ACCEPTED, Decision.REJECTED, Decision.ACCEPTED);
        assertThat(rejected.acceptedCuts()).extracting(Cut::id).containsExactly("s-0001", "s-0003");
        assertThat(rejected.summary().cutCount()).isEqualTo(2);
        assertThat(rejected.summary().timeRemoved()).isEqualTo(2.5);
        assertThat(rejected.summary().finalDuration()).isEqualTo(57.5);
        assertThat(rejected.summary().byCategory()).containsOnlyKeys("pause", "filler_words");
        assertThat(rejected.summary().lowConfidenceCuts()).isZero();
        assertThat(rejected.keptRanges()).containsExactly(new TimeRange(0, 1), new TimeRange(3, 10),
                new TimeRange(10.5, 60));
        assertThat(result.summary().cutCount()).as("the original is unchanged").isEqualTo(3);
        assertThat(rejected.withDecision("s-0002", Decision.ACCEPTED)).isEqualTo(result);
    }

    @Test
    void decisionForAnUnknownCutIsAnError() {
        CutList result = single(60, local(1, 3, Category.PAUSE, 0.9));

        assertThatThrownBy(() -> result.withDecision("s-0099", Decision.REJECTED))
                .isInstanceOf(UnknownCutException.class).hasMessageContaining("s-0099");
    }

    @Test
    void processingAddsUpChunksAndUsage() {
        List<PlannedChunk> chunks = plan(0, 0, 10, 20);
        CutList result = CutListAggregator.aggregate(new AggregationInput("job-9", Fixtures.source(20), "gemini",
                List.of(ChunkResult.complete(chunks.get(0), 10, List.of(), new Usage(1, 100, 20, 5, 7, 3, 0.25)),
                        ChunkResult.complete(chunks.get(1), 10, List.of(), new Usage(2, 50, 10, 5, 3, 1, 0.5))),
                1234));

        assertThat(result.jobId()).isEqualTo("job-9");
        assertThat(result.processing()).isEqualTo(
                new Processing("gemini", 2, 2, 0, 0, 1234, new Usage(3, 150, 30, 10, 10, 4, 0.75)));
    }
}
