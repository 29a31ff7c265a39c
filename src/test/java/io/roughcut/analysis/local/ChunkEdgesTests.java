package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import org.junit.jupiter.api.Test;

class ChunkEdgesTests {

    private static final ChunkEdges MIDDLE = new ChunkEdges(30, false, false);

    @Test
    void aCompleteEventBelowItsMinimumIsDroppedAndOneAboveKeepsItsMargins() {
        assertThat(MIDDLE.shape(silence(10, 10.9))).isEmpty();

        Segment cut = MIDDLE.shape(silence(10, 11.5)).orElseThrow();

        assertThat(cut.start()).isEqualTo(10.2);
        assertThat(cut.end()).isEqualTo(11.3);
        assertThat(cut.fragment()).isNull();
        assertThat(cut.reason()).isEqualTo("1.5 s silence");
    }

    @Test
    void anEventAtAChunkEdgeIsKeptShortWithoutMarginThere() {
        Segment head = MIDDLE.shape(silence(0, 0.5)).orElseThrow();
        Segment tail = MIDDLE.shape(silence(29.7, 30.01)).orElseThrow();

        assertThat(head.start()).isEqualTo(0);
        assertThat(head.end()).isEqualTo(0.3);
        assertThat(head.fragment()).isEqualTo(new Fragment("silence", 0, 0.5, 1.0, true, false));
        assertThat(tail.start()).isEqualTo(29.9);
        assertThat(tail.end()).isEqualTo(30);
        assertThat(tail.fragment()).isEqualTo(new Fragment("silence", 29.7, 30.01, 1.0, false, true));
    }

    @Test
    void aContinuationShorterThanTheMarginStillMarksTheEdge() {
        Segment head = MIDDLE.shape(silence(0, 0.1)).orElseThrow();

        assertThat(head.start()).isEqualTo(0);
        assertThat(head.end()).isEqualTo(0.001);
        assertThat(head.fragment().openStart()).isTrue();
    }

    @Test
    void theRecordingsOwnEdgesAreNotOpenAndAreCutToTheEdge() {
        ChunkEdges only = new ChunkEdges(30, true, true);

        assertThat(only.shape(silence(0.01, 0.5))).isEmpty();
        Segment start = only.shape(silence(0.01, 2)).orElseThrow();
        Segment end = only.shape(silence(28, 29.98)).orElseThrow();

        assertThat(start.start()).isEqualTo(0);
        assertThat(start.end()).isEqualTo(1.8);
        assertThat(end.start()).isEqualTo(28.2);
        assertThat(end.end()).isEqualTo(30);
        assertThat(start.fragment()).isNull();
        assertThat(end.fragment()).isNull();
        assertThat(only.touchesRecordingEdge(silence(0.01, 2))).isTrue();
        assertThat(MIDDLE.touchesRecordingEdge(silence(0.01, 2))).isFalse();
    }

    @Test
    void anEventThatFillsAMiddleChunkIsOpenOnBothSides() {
        Segment all = MIDDLE.shape(silence(0, 30)).orElseThrow();

        assertThat(all.start()).isEqualTo(0);
        assertThat(all.end()).isEqualTo(30);
        assertThat(all.fragment().openStart()).isTrue();
        assertThat(all.fragment().openEnd()).isTrue();
    }

    private static DetectedEvent silence(double start, double end) {
        return new DetectedEvent("silence", Category.PAUSE, start, end, 1.0, 0.2, 0.9, 30.02);
    }
}
