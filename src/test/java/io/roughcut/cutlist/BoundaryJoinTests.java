package io.roughcut.cutlist;

import static io.roughcut.cutlist.Fixtures.aggregate;
import static io.roughcut.cutlist.Fixtures.complete;
import static io.roughcut.cutlist.Fixtures.gemini;
import static io.roughcut.cutlist.Fixtures.plan;
import static io.roughcut.cutlist.Fixtures.silence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import io.roughcut.media.PlannedChunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryJoinTests {

    @Test
    void silenceAcrossTwoChunksBecomesOneCut() {
        List<PlannedChunk> chunks = plan(0, 0, 10, 20);
        CutList result = aggregate(20, List.of(
                complete(chunks.get(0), silence(9.2, 10, 9.0, 10, false, true, 0.9)),
                complete(chunks.get(1), silence(0, 0.8, 0, 1.0, true, false, 0.7))));

        assertThat(result.segmentsToRemove()).singleElement().satisfies(cut -> {
            assertThat(cut.start()).isEqualTo(9.2);
            assertThat(cut.end()).isEqualTo(10.8);
            assertThat(cut.reason()).isEqualTo("2.0 s silence");
            assertThat(cut.confidence()).isEqualTo(0.7);
            assertThat(cut.chunks()).containsExactly(0, 1);
            assertThat(cut.category()).isEqualTo(Category.PAUSE);
        });
        assertThat(result.processing().boundaryMerges()).isEqualTo(1);
        assertThat(result.chunks()).extracting(ChunkSummary::cutsFound).containsExactly(1, 1);
    }

    @Test
    void aPauseJoinsTheDeadAirItRunsInto() {
        // The last chunk knows its silence reaches the recording's end; the chunk before calls it a pause.
        List<PlannedChunk> chunks = plan(1.0, 0, 10, 20);
        Segment deadAir = new Segment(0, 10, Category.DEAD_AIR, "10.0 s silence", 0.9, null, SegmentSource.LOCAL,
                new Fragment(Fixtures.SILENCE, 0, 10, 0.5, true, false));
        CutList result = aggregate(20, List.of(
                complete(chunks.get(0), silence(9.2, 11, 9.0, 11, false, true, 0.9)),
                complete(chunks.get(1), deadAir)));

        assertThat(result.segmentsToRemove()).singleElement().satisfies(cut -> {
            assertThat(cut.start()).isEqualTo(9.2);
            assertThat(cut.end()).isEqualTo(20.0);
            assertThat(cut.category()).isEqualTo(Category.DEAD_AIR);
        });
    }

    @Test
    void aSilenceThatStartsRightAtTheBoundaryKeepsItsMargin() {
        // Chunk 0 sees the silence start at the boundary and keeps the margin; chunk 1 sees it only as an open
        // start. The joined cut must start where chunk 0 put it, as in a whole analysis.
        List<PlannedChunk> chunks = plan(1.0, 0, 10, 20);
        CutList result = aggregate(20, List.of(
                complete(chunks.get(0), silence(10.2, 11, 10.0, 11, false, true, 0.9)),
                complete(chunks.get(1), silence(0, 1.8, 0, 2.0, true, false, 0.9))));

        assertThat(result.segmentsToRemove()).singleElement().satisfies(cut -> {
            assertThat(cut.start()).isEqualTo(10.2);
            assertThat(cut.end()).isEqualTo(11.8);
        });
    }

    @Test
    void longSilenceAcrossFiveChunksBecomesOneCut() {
        List<PlannedChunk> chunks = plan(0, 0, 2, 4, 6, 8, 10);
        CutList result = aggregate(10, List.of(
                complete(chunks.get(0), silence(1.2, 2, 1.0, 2, false, true, 0.9)),
                complete(chunks.get(1), silence(0, 2, 0, 2, true, true, 0.8)),
                complete(chunks.get(2), silence(0, 2, 0, 2, true, true, 0.95)),
                complete(chunks.get(3), silence(0, 2, 0, 2, true, true, 0.9)),
                complete(chunks.get(4), silence(0, 1.3, 0, 1.5, true, false, 0.9))));

        assertThat(result.segmentsToRemove()).singleElement().satisfies(cut -> {
            assertThat(cut.start()).isEqualTo(1.2);
            assertThat(cut.end()).isEqualTo(9.3);
            assertThat(cut.reason()).isEqualTo("8.5 s silence");
            assertThat(cut.confidence()).isEqualTo(0.8);
            assertThat(cut.chunks()).containsExactly(0, 1, 2, 3, 4);
        });
        assertThat(result.processing().boundaryMerges()).isEqualTo(4);
    }

    @Test
    void minimumDurationIsAppliedToTheJoinedEventNotItsPieces() {
        List<PlannedChunk> chunks = plan(0, 0, 10, 20, 30);
        CutList result = aggregate(30, List.of(
                // 0.3 s + 0.3 s: each too short alone, long enough together
                complete(chunks.get(0), silence(9.8, 10, 9.7, 10, false, true, 0.9)),
                complete(chunks.get(1), silence(0, 0.2, 0, 0.3, true, false, 0.9),
                        // 0.2 s + 0.2 s: too short even together
                        silence(9.9, 10, 9.8, 10, false, true, 0.9)),
                complete(chunks.get(2), silence(0, 0.1, 0, 0.2, true, false, 0.9))));

        assertThat(result.segmentsToRemove()).singleElement().satisfies(cut -> {
            assertThat(cut.start()).isEqualTo(9.8);
            assertThat(cut.end()).isEqualTo(10.2);
            assertThat(cut.reason()).isEqualTo("0.6 s silence");
        });
    }

    @Test
    void fragmentsOfDifferentKindsOrFarApartDoNotJoin() {
        List<PlannedChunk> chunks = plan(0, 0, 10, 20);
        var black = new Segment(9, 10, Category.PAUSE, "black", 0.9, null,
                SegmentSource.LOCAL, new Fragment("black video", 9, 10, 0.5, false, true));
        CutList result = aggregate(20, List.of(
                complete(chunks.get(0), black),
                complete(chunks.get(1), silence(0.5, 1.5, 0.3, 1.7, true, false, 0.9))));

        assertThat(result.processing().boundaryMerges()).isZero();
        assertThat(result.segmentsToRemove()).extracting(Cut::start, Cut::end)
                .containsExactly(tuple(9.0, 10.0),
                        tuple(10.5, 11.5));
    }

    @Test
    void openFragmentBesideAFailedChunkIsJudgedAlone() {
        List<PlannedChunk> chunks = plan(0, 0, 10, 20, 30);
        CutList result = aggregate(30, List.of(
                complete(chunks.get(0), silence(9.2, 10, 9.0, 10, false, true, 0.9),
                        Fixtures.local(4, 4.1, Category.PAUSE, 0.9)),
                ChunkResult.failed(chunks.get(1), 2000, new Usage(1, 10, 0, 0, 0, 0, 0.01), "Gemini timed out"),
                complete(chunks.get(2), silence(0, 0.1, 0, 0.3, true, false, 0.9))));

        // 1.0 s alone is long enough; the 0.3 s after the failed chunk is not; the complete segment at 4.0 was
        // judged by the analyser already and is kept
        assertThat(result.segmentsToRemove()).extracting(Cut::start, Cut::end, Cut::reason).containsExactly(
                tuple(4.0, 4.1, "pause"),
                tuple(9.2, 10.0, "1.0 s silence"));
        assertThat(result.chunks().get(1)).isEqualTo(
                new ChunkSummary(1, 10, 20, 2000, ChunkStatus.FAILED, 0, "Gemini timed out"));
        assertThat(result.processing().failedChunks()).isEqualTo(1);
        assertThat(result.processing().successfulChunks()).isEqualTo(2);
        assertThat(result.processing().totalChunks()).isEqualTo(3);
        assertThat(result.processing().usage().calls()).isEqualTo(1);
    }

    @Test
    void whatAChunkSawInItsOverlapTailCountsOnce() {
        List<PlannedChunk> chunks = plan(2, 0, 10, 20);
        CutList result = aggregate(20, List.of(
                complete(chunks.get(0),
                        gemini(10.3, 10.6, Category.FILLER_WORDS, 0.8),       // wholly in the tail
                        silence(11, 12, 10.8, 12, false, true, 0.9)),          // open at the file's end, in the tail
                complete(chunks.get(1),
                        gemini(0.3, 0.6, Category.FILLER_WORDS, 0.9),
                        silence(1, 2.3, 0.8, 2.5, false, false, 0.9))));

        assertThat(result.segmentsToRemove()).extracting(Cut::start, Cut::end, Cut::chunks).containsExactly(
                tuple(10.3, 10.6, List.of(1)),
                tuple(11.0, 12.3, List.of(1)));
    }

    @Test
    void completeSegmentCrossingTheBoundaryIsKeptOnce() {
        List<PlannedChunk> chunks = plan(1, 0, 10, 20);
        CutList result = aggregate(20, List.of(
                complete(chunks.get(0), gemini(9.8, 10.4, Category.FILLER_WORDS, 0.8)),
                complete(chunks.get(1), gemini(0, 0.4, Category.FILLER_WORDS, 0.9))));

        assertThat(result.segmentsToRemove()).singleElement().satisfies(cut -> {
            assertThat(cut.range()).isEqualTo(new TimeRange(9.8, 10.4));
            assertThat(cut.chunks()).containsExactly(0, 1);
            assertThat(cut.confidence()).isEqualTo(0.9);
        });
    }

    @Test
    void eventThatStartsBeforeTheBoundaryButWhoseCutStartsAfterItKeepsItsStart() {
        // raw silence 9.9 .. 11.0 with 0.2 s margins: the cut starts at 10.1, past chunk 0's end, yet chunk 0
        // is the one that saw where the silence began; chunk 1 sees it open at its start.
        List<PlannedChunk> chunks = plan(2, 0, 10, 20);
        List<ChunkResult> results = new ArrayList<>();
        results.add(complete(chunks.get(0), gemini(1, 2, Category.FALSE_START, 0.6),
                new Segment(10.1, 10.8, Category.PAUSE, "1.1 s silence", 0.9, null,
                        SegmentSource.LOCAL, null)));
        results.add(complete(chunks.get(1), silence(0, 0.8, 0, 1.0, true, false, 0.9)));
        CutList result = aggregate(20, results);

        assertThat(result.segmentsToRemove()).extracting(Cut::start, Cut::end, Cut::reason).containsExactly(
                tuple(1.0, 2.0, "false_start"),
                tuple(10.1, 10.8, "1.1 s silence"));
        assertThat(result.processing().boundaryMerges()).isEqualTo(1);
    }
}
