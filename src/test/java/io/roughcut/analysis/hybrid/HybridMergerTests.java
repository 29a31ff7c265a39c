package io.roughcut.analysis.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridMergerTests {

    private final HybridMerger merger = new HybridMerger(0.7);

    private static Segment local(double start, double end, Category category) {
        return Segment.of(start, end, category, "silence", 0.95, SegmentSource.LOCAL);
    }

    private static Segment gemini(double start, double end, Category category) {
        return new Segment(start, end, category, "heard", 0.8, "um", SegmentSource.GEMINI, null);
    }

    @Test
    void aPauseFoundByBothKeepsTheLocalBoundariesAndSaysBoth() {
        List<Segment> local = List.of(local(1.0, 2.0, Category.PAUSE));

        List<Segment> merged = merger.merge(local, List.of(gemini(0.6, 1.9, Category.PAUSE)), local);

        assertThat(merged).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(1.0);
            assertThat(s.end()).isEqualTo(2.0);
            assertThat(s.source()).isEqualTo(SegmentSource.BOTH);
            assertThat(s.confidence()).isEqualTo(0.95);
            assertThat(s.transcript()).isEqualTo("um");
        });
    }

    @Test
    void deadAirAndPauseAreTheSameKindOfCut() {
        List<Segment> local = List.of(local(0, 1.5, Category.DEAD_AIR));

        List<Segment> merged = merger.merge(local, List.of(gemini(0, 1.2, Category.PAUSE)), local);

        assertThat(merged).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo(Category.DEAD_AIR);
            assertThat(s.source()).isEqualTo(SegmentSource.BOTH);
        });
    }

    @Test
    void aFillerIsSnappedToTheSilencesAroundItSoNoWordIsClipped() {
        List<Segment> local = List.of(local(1.0, 2.0, Category.PAUSE), local(2.6, 3.6, Category.PAUSE));

        List<Segment> merged = merger.merge(local, List.of(gemini(2.2, 2.4, Category.FILLER_WORDS)), local);

        assertThat(merged).hasSize(3);
        Segment filler = merged.get(1);
        assertThat(filler.category()).isEqualTo(Category.FILLER_WORDS);
        assertThat(filler.start()).isEqualTo(2.0);
        assertThat(filler.end()).isEqualTo(2.6);
        assertThat(filler.source()).isEqualTo(SegmentSource.GEMINI);
        assertThat(merged.get(0).source()).isEqualTo(SegmentSource.LOCAL);
        assertThat(merged.get(2).source()).isEqualTo(SegmentSource.LOCAL);
    }

    @Test
    void edgesFartherThanTheWindowStayWhereGeminiPutThem() {
        List<Segment> silences = List.of(local(1.0, 2.0, Category.PAUSE));

        Segment snapped = merger.merge(List.of(), List.of(gemini(3.0, 4.0, Category.REDUNDANT)), silences).getFirst();

        assertThat(snapped.start()).isEqualTo(3.0);
        assertThat(snapped.end()).isEqualTo(4.0);
        assertThat(new HybridMerger(0).merge(List.of(), List.of(gemini(2.1, 2.9, Category.REDUNDANT)), silences)
                .getFirst().start()).isEqualTo(2.1);
    }

    @Test
    void aSnapThatWouldLeaveNothingKeepsTheOriginal() {
        List<Segment> silences = List.of(local(1.0, 2.0, Category.PAUSE));

        Segment kept = merger.merge(List.of(), List.of(gemini(2.1, 2.3, Category.FILLER_WORDS)), silences).getFirst();

        assertThat(kept.start()).isEqualTo(2.1);
        assertThat(kept.end()).isEqualTo(2.3);
    }

    @Test
    void aFillerInsideAPauseIsNotMistakenForThePause() {
        List<Segment> local = List.of(local(1.0, 3.0, Category.PAUSE));

        List<Segment> merged = merger.merge(local, List.of(gemini(1.5, 1.8, Category.FILLER_WORDS)), local);

        assertThat(merged).extracting(Segment::category).containsExactly(Category.PAUSE, Category.FILLER_WORDS);
        assertThat(merged).extracting(Segment::source).containsExactly(SegmentSource.LOCAL, SegmentSource.GEMINI);
    }

    @Test
    void aTechnicalFaultFoundByBothIsOneCut() {
        List<Segment> local = List.of(local(4.0, 6.0, Category.TECHNICAL));

        List<Segment> merged = merger.merge(local, List.of(gemini(4.5, 6.5, Category.TECHNICAL)), List.of());

        assertThat(merged).singleElement().extracting(Segment::source).isEqualTo(SegmentSource.BOTH);
    }

    @Test
    void aGeminiPauseStillInSoundAfterSnappingSaysHowMuchSpeechItWouldRemove() {
        // Silence from 3.0 to 4.0 and a gap between words at 3.9-4.4; Gemini's pause starts a second early,
        // beyond the snap window, so 2.0 s of it lie in sound. The overlapping silences count once.
        List<Segment> silences = List.of(local(3.0, 4.0, Category.PAUSE), local(3.9, 4.4, Category.PAUSE));

        Segment pause = merger.merge(List.of(), List.of(gemini(1.0, 4.2, Category.PAUSE)), silences).getFirst();

        assertThat(pause.start()).isEqualTo(1.0);
        assertThat(pause.speechSeconds()).isEqualTo(2.0);
        assertThat(pause.removesSpeech()).isTrue();
        assertThat(pause.reason()).isEqualTo("heard, would remove 2.0 s of speech");
    }

    @Test
    void aSnappedPauseAFillerAndAChunkWithoutSoundAreNotMarked() {
        List<Segment> silences = List.of(local(3.0, 4.0, Category.PAUSE));

        Segment snapped = merger.merge(List.of(), List.of(gemini(2.5, 4.0, Category.PAUSE)), silences).getFirst();
        assertThat(snapped.start()).isEqualTo(3.0);
        assertThat(snapped.removesSpeech()).isFalse();
        assertThat(snapped.reason()).isEqualTo("heard");

        Segment filler = merger.merge(List.of(), List.of(gemini(5.0, 5.4, Category.FILLER_WORDS)), silences).getFirst();
        assertThat(filler.speechSeconds()).as("a filler removes words on purpose").isZero();

        Segment unmeasured = merger.merge(List.of(), List.of(gemini(5.0, 7.0, Category.PAUSE)), List.of(), false)
                .getFirst();
        assertThat(unmeasured.speechSeconds()).as("no sound, so nothing known of speech").isZero();
    }
}
