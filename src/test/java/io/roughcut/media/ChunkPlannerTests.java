package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPlannerTests {

    private static final double BRIEF_BITRATE = 11.65e6;

    private final ChunkPlanner planner = new ChunkPlanner();

    @Test
    void theBriefsEstimatesHold() {
        long fiveGb = (long) (BRIEF_BITRATE / 8 * 3600);
        assertThat(ChunkPlanner.estimate(fiveGb, 3600, ChunkLimits.DEFAULT)).isBetween(10, 12);
        assertThat(ChunkPlanner.estimate(100_000_000L, 300, ChunkLimits.DEFAULT)).isEqualTo(1);
    }

    @Test
    void anHourAtTheBriefsBitratePlansTenToTwelveChunksWithinTheBudget() {
        KeyframeIndex hour = uniform(3600, 2.0, BRIEF_BITRATE);

        ChunkPlan plan = planner.plan(hour, ChunkLimits.DEFAULT);

        assertThat(plan.size()).isBetween(10, 12);
        assertCovers(plan, hour);
        assertThat(plan.chunks()).allSatisfy(c ->
                assertThat(c.estimatedBytes()).isLessThanOrEqualTo(ChunkLimits.DEFAULT.budgetBytes()));
        assertThat(plan.chunks().stream().mapToLong(PlannedChunk::estimatedBytes).sum()).isEqualTo(hour.totalBytes());
    }

    @Test
    void fiveMinutesAtOneHundredMegabytesIsOneChunk() {
        KeyframeIndex short5 = uniform(300, 2.0, 100_000_000 * 8.0 / 300);

        ChunkPlan plan = planner.plan(short5, ChunkLimits.DEFAULT);

        assertThat(plan.chunks()).containsExactly(new PlannedChunk(0, 0, 300, 300, short5.totalBytes()));
    }

    @Test
    void theDurationCapLimitsChunksAndTheyStartOnKeyframes() {
        KeyframeIndex index = uniform(100, 3.0, 1e6);

        ChunkPlan plan = planner.plan(index, new ChunkLimits(ChunkLimits.DEFAULT.maxChunkBytes(), 20, 0));

        assertCovers(plan, index);
        assertThat(plan.chunks()).allSatisfy(c -> {
            assertThat(c.duration()).isLessThanOrEqualTo(20);
            assertThat(c.start() % 3.0).isCloseTo(0, within(1e-9));
        });
        // Greedy: 18 s per chunk (six 3 s intervals), the rest in the last.
        assertThat(plan.chunks().getFirst().end()).isEqualTo(18.0);
        assertThat(plan.size()).isEqualTo(6);
    }

    @Test
    void overlapRunsEachFileIntoTheNextChunkAndCountsItsBytes() {
        KeyframeIndex index = uniform(60, 2.0, 8e5);
        long budgetFor20s = (long) Math.ceil(index.bytesBetween(0, 20) / ChunkLimits.SAFETY_MARGIN);

        ChunkPlan plan = planner.plan(index, new ChunkLimits(budgetFor20s, Double.POSITIVE_INFINITY, 3));

        assertCovers(plan, index);
        PlannedChunk first = plan.chunks().getFirst();
        assertThat(first.end()).isEqualTo(16.0);
        assertThat(first.fileEnd()).isEqualTo(19.0);
        assertThat(first.estimatedBytes()).isEqualTo(index.bytesBetween(0, 19));
        assertThat(plan.chunks().getLast().fileEnd()).isEqualTo(60.0);
    }

    @Test
    void aKeyframeIntervalLargerThanTheBudgetBecomesItsOwnChunk() {
        List<KeyframeIndex.Packet> packets = new ArrayList<>();
        packets.add(new KeyframeIndex.Packet(0, 0, 1000, true));
        packets.add(new KeyframeIndex.Packet(1, 1, 50_000, true));
        packets.add(new KeyframeIndex.Packet(2, 2, 1000, true));
        packets.add(new KeyframeIndex.Packet(3, 3, 1000, true));
        KeyframeIndex index = KeyframeIndex.of(4, packets);

        ChunkPlan plan = planner.plan(index, new ChunkLimits(10_000, Double.POSITIVE_INFINITY, 0));

        assertThat(plan.chunks()).extracting(PlannedChunk::start).containsExactly(0.0, 1.0, 2.0);
        assertThat(plan.chunks().get(1).estimatedBytes()).isEqualTo(50_000);
    }

    @Test
    void aFirstKeyframeAfterZeroBelongsToTheFirstChunk() {
        KeyframeIndex delayed = KeyframeIndex.of(3, List.of(new KeyframeIndex.Packet(0.067, 0, 10, true),
                new KeyframeIndex.Packet(1.067, 1, 10, true), new KeyframeIndex.Packet(2.067, 2, 10, true)));

        ChunkPlan plan = planner.plan(delayed, new ChunkLimits(1000, 1.5, 0));

        assertThat(plan.chunks()).extracting(PlannedChunk::start).containsExactly(0.0, 1.067, 2.067);
        assertThat(planner.splitInHalf(delayed, plan.chunks().getFirst())).isEmpty();
    }

    @Test
    void splitsAChunkAtTheKeyframeNearestItsMiddle() {
        KeyframeIndex index = uniform(30, 2.0, 1e6);
        PlannedChunk chunk = new PlannedChunk(4, 10, 21, 23, index.bytesBetween(10, 23));

        List<PlannedChunk> halves = planner.splitInHalf(index, chunk);

        assertThat(halves).containsExactly(
                new PlannedChunk(4, 10, 16, 18, index.bytesBetween(10, 18)),
                new PlannedChunk(4, 16, 21, 23, index.bytesBetween(16, 23)));
    }

    @Test
    void cannotSplitAChunkWithNoKeyframeInside() {
        KeyframeIndex index = uniform(30, 2.0, 1e6);

        assertThat(planner.splitInHalf(index, new PlannedChunk(0, 4, 6, 6, 1))).isEmpty();
    }

    /** Keyframes every {@code gop} seconds, 30 fps video and 48 kHz AAC-sized audio packets at this bitrate. */
    static KeyframeIndex uniform(double duration, double gop, double bitsPerSecond) {
        List<KeyframeIndex.Packet> packets = new ArrayList<>();
        long videoBytes = Math.round(bitsPerSecond / 8 * 0.95 / 30);
        long audioBytes = Math.round(bitsPerSecond / 8 * 0.05 / 50);
        int frames = (int) Math.round(duration * 30);
        for (int i = 0; i < frames; i++) {
            double t = i / 30.0;
            boolean key = i % Math.round(gop * 30) == 0;
            packets.add(new KeyframeIndex.Packet(t, t, key ? videoBytes * 3 : videoBytes, key));
        }
        for (int i = 0; i < duration * 50; i++) {
            packets.add(new KeyframeIndex.Packet(i / 50.0, i / 50.0, audioBytes, false));
        }
        return KeyframeIndex.of(duration, packets);
    }

    static void assertCovers(ChunkPlan plan, KeyframeIndex index) {
        assertThat(plan.chunks().getFirst().start()).isZero();
        assertThat(plan.chunks().getLast().end()).isEqualTo(index.durationSeconds());
        for (int i = 0; i < plan.size(); i++) {
            PlannedChunk c = plan.chunks().get(i);
            assertThat(c.index()).isEqualTo(i);
            assertThat(c.end()).isGreaterThan(c.start());
            if (i > 0) {
                assertThat(c.start()).isEqualTo(plan.chunks().get(i - 1).end());
                assertThat(index.keyframeTimes()).contains(c.start());
            }
        }
    }
}
