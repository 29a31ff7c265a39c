package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderPlannerTests {

    private static final RenderPlan.Kind COPY = RenderPlan.Kind.COPY;
    private static final RenderPlan.Kind ENCODE = RenderPlan.Kind.ENCODE;

    /** 10 s at 10 fps, a keyframe every second, B-frames decoded one frame early as x264 writes them. */
    private static FrameTable tenSeconds() {
        List<KeyframeIndex.Packet> packets = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            packets.add(new KeyframeIndex.Packet(i / 10.0, (i - 1) / 10.0, 100, i % 10 == 0));
        }
        return FrameTable.of(packets);
    }

    private static RenderPlan plan(KeptRange... kept) {
        return new RenderPlanner().plan(tenSeconds(), List.of(kept), 48000, true);
    }

    @Test
    void wholeGopsAreCopiedAndOnlyTheFramesUpToTheNextKeyframeAreEncoded() {
        RenderPlan plan = plan(new KeptRange(0, 2.46), new KeptRange(3.3, 7.0), new KeptRange(7.72, 10));

        assertThat(plan.pieces()).extracting(RenderPlan.Piece::kind)
                .containsExactly(COPY, ENCODE, ENCODE, COPY, ENCODE, COPY);
        RenderPlan.Piece head = plan.pieces().get(2);
        assertThat(head.start()).isEqualTo(3.3);
        assertThat(head.end()).isEqualTo(4.0);
        assertThat(head.decodeFrom()).as("decoding starts at the keyframe before").isEqualTo(3.0);
        assertThat(head.frames()).isEqualTo(7);
        RenderPlan.Piece copy = plan.pieces().get(3);
        assertThat(copy.start()).isEqualTo(4.0);
        assertThat(copy.end()).as("7.0 is a keyframe: the copy ends there").isEqualTo(7.0);
        assertThat(copy.copyUntil()).as("the decode time of the keyframe it stops at").isEqualTo(6.9);
        assertThat(plan.pieces().getLast().copyUntil()).as("the last copy runs to the end").isInfinite();
        assertThat(plan.pieces().get(4).start()).as("7.72 is nearest frame 7.7, whose middle is past it").isEqualTo(7.7);
        assertThat(plan.pieces().get(1).end()).as("2.46 is nearest frame 2.5").isEqualTo(2.5);
        assertThat(plan.pieces()).extracting(RenderPlan.Piece::joinsAfter)
                .containsExactly(false, true, false, true, false, false);
        assertThat(plan.durationSeconds()).isCloseTo(2.5 + 3.7 + 2.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(plan.copiedSeconds()).isCloseTo(2 + 3 + 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRangeWithoutAWholeGopIsEncodedWhole() {
        RenderPlan plan = plan(new KeptRange(1.2, 1.9), new KeptRange(5.5, 6.5));

        assertThat(plan.pieces()).as("5.5-6.5 holds a keyframe but no whole GOP").extracting(RenderPlan.Piece::kind)
                .containsExactly(ENCODE, ENCODE);
        assertThat(plan.encodedSeconds()).isCloseTo(1.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(plan.pieces().getFirst().decodeFrom()).isEqualTo(1.0);
    }

    @Test
    void aKeyframeThatLeadingFramesNeedIsNotWhereACopyStarts() {
        List<KeyframeIndex.Packet> packets = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // An open GOP at 1.0 s: the frame shown at 0.9 s is decoded after the keyframe.
            double decode = i == 9 ? 1.05 : i / 10.0;
            packets.add(new KeyframeIndex.Packet(i / 10.0, decode, 100, i % 10 == 0));
        }

        RenderPlan plan = new RenderPlanner().plan(FrameTable.of(packets), List.of(new KeptRange(0.5, 3)), 0, true);

        assertThat(plan.pieces()).extracting(RenderPlan.Piece::kind).containsExactly(ENCODE, COPY);
        assertThat(plan.pieces().get(1).start()).isEqualTo(2.0);
    }

    @Test
    void withoutCopiesEverythingKeptIsEncoded() {
        RenderPlan plan = new RenderPlanner().plan(tenSeconds(), List.of(new KeptRange(0, 5)), 0, false);

        assertThat(plan.pieces()).extracting(RenderPlan.Piece::kind).containsExactly(ENCODE);
        assertThat(plan.copiedSeconds()).isZero();
    }
}
