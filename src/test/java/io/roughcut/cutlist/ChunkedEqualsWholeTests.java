package io.roughcut.cutlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.media.PlannedChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The aggregator's central promise: a recording analysed in chunks gives the cuts it gives analysed whole.
 * A model of the local silence detector (margins inside each event, a minimum length, fragments at chunk
 * edges as the {@link Segment} and {@link Fragment} Javadoc describe) runs once over the whole recording and
 * once per chunk of random plans.
 */
class ChunkedEqualsWholeTests {

    private static final double MARGIN = 0.2;
    private static final double MIN_SECONDS = 0.5;

    record Event(double start, double end) {
    }

    @Test
    void randomRecordingsGiveTheSameCutsInChunksAsWhole() {
        Random random = new Random(20261125);
        int comparedCuts = 0;
        for (int round = 0; round < 300; round++) {
            double duration = 30 + random.nextDouble() * 60;
            List<Event> events = events(random, duration);
            double overlap = random.nextBoolean() ? MARGIN : 1 + random.nextDouble();
            List<PlannedChunk> plan = plan(random, duration, overlap);

            List<Cut> whole = run(events, Fixtures.plan(0, 0, duration), duration);
            List<Cut> chunked = run(events, plan, duration);

            assertThat(chunked).as("round %d, plan %s, events %s", round, plan, events).hasSameSizeAs(whole);
            for (int i = 0; i < whole.size(); i++) {
                Cut w = whole.get(i);
                Cut c = chunked.get(i);
                assertThat(c.start()).as("start of cut %d in round %d", i, round).isCloseTo(w.start(), within(0.001));
                assertThat(c.end()).as("end of cut %d in round %d", i, round).isCloseTo(w.end(), within(0.001));
                assertThat(c.category()).isEqualTo(w.category());
                assertThat(c.reason()).isEqualTo(w.reason());
            }
            comparedCuts += whole.size();
        }
        assertThat(comparedCuts).as("the test must exercise cuts, not only empty lists").isGreaterThan(1000);
    }

    /** Silences of 0.1 to 6 s, at least 0.3 s apart, some right at the start or end of the recording. */
    private static List<Event> events(Random random, double duration) {
        List<Event> events = new ArrayList<>();
        double t = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 2;
        while (true) {
            double length = 0.1 + random.nextDouble() * (random.nextInt(5) == 0 ? 6 : 1.2);
            double end = Math.min(t + length, duration);
            events.add(new Event(t, end));
            t = end + 0.3 + random.nextDouble() * 3;
            if (t >= duration - 0.2) {
                return events;
            }
        }
    }

    /** Chunks of 1 to 8 s, so that many events cross boundaries and some span several chunks. */
    private static List<PlannedChunk> plan(Random random, double duration, double overlap) {
        List<Double> boundaries = new ArrayList<>(List.of(0.0));
        double t = 0;
        while ((t += 1 + random.nextDouble() * 7) < duration - 0.5) {
            boundaries.add(t);
        }
        boundaries.add(duration);
        return Fixtures.plan(overlap, boundaries.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<Cut> run(List<Event> events, List<PlannedChunk> plan, double duration) {
        List<ChunkResult> results = plan.stream()
                .map(chunk -> ChunkResult.complete(chunk, 1, detect(events, chunk, duration), null))
                .toList();
        return Fixtures.aggregate(duration, results).segmentsToRemove();
    }

    /** What the local detector reports for one chunk's file, in chunk-relative seconds. */
    private static List<Segment> detect(List<Event> events, PlannedChunk chunk, double duration) {
        double fileStart = chunk.start();
        double fileEnd = chunk.fileEnd();
        List<Segment> segments = new ArrayList<>();
        for (Event e : events) {
            if (e.start() >= fileEnd || e.end() <= fileStart) {
                continue;
            }
            boolean openStart = e.start() < fileStart;
            boolean openEnd = e.end() > fileEnd && fileEnd < duration;
            double rawStart = Math.max(e.start(), fileStart);
            double rawEnd = Math.min(e.end(), fileEnd);
            if (!openStart && !openEnd && rawEnd - rawStart < MIN_SECONDS) {
                continue;
            }
            double start = openStart ? rawStart : rawStart + MARGIN;
            double end = openEnd ? rawEnd : rawEnd - MARGIN;
            if (end - start <= 1e-9) {
                continue;
            }
            Fragment fragment = openStart || openEnd ? new Fragment("silence", rawStart - fileStart,
                    rawEnd - fileStart, MIN_SECONDS, openStart, openEnd) : null;
            segments.add(new Segment(start - fileStart, end - fileStart, Category.PAUSE,
                    Fragment.reason(rawEnd - rawStart, "silence"), 0.9, null, SegmentSource.LOCAL, fragment));
        }
        return segments;
    }
}
