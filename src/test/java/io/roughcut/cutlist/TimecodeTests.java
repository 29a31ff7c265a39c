package io.roughcut.cutlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimecodeTests {

    @Test
    void formatsSecondsToTheMillisecond() {
        assertThat(Timecode.of(0)).isEqualTo("00:00:00.000");
        assertThat(Timecode.of(12.345)).isEqualTo("00:00:12.345");
        assertThat(Timecode.of(14.2)).isEqualTo("00:00:14.200");
        assertThat(Timecode.of(3723.5)).isEqualTo("01:02:03.500");
        assertThat(Timecode.of(59.9996)).isEqualTo("00:01:00.000");
    }

    @Test
    void formatsFramesAsNonDropTimecode() {
        assertThat(Timecode.ofFrames(0, 30)).isEqualTo("00:00:00:00");
        assertThat(Timecode.ofFrames(29, 30)).isEqualTo("00:00:00:29");
        assertThat(Timecode.ofFrames(30 * 3723 + 7, 30)).isEqualTo("01:02:03:07");
        assertThat(Timecode.ofFrames(25 * 61 + 24, 25)).isEqualTo("00:01:01:24");
    }

    @Test
    void unionAndComplementOfRanges() {
        List<TimeRange> ranges = List.of(new TimeRange(5, 7), new TimeRange(1, 3), new TimeRange(2, 4),
                new TimeRange(7, 8), new TimeRange(9, 12));

        assertThat(TimeRange.union(ranges)).containsExactly(new TimeRange(1, 4), new TimeRange(5, 8),
                new TimeRange(9, 12));
        assertThat(TimeRange.complement(ranges, new TimeRange(0, 10))).containsExactly(new TimeRange(0, 1),
                new TimeRange(4, 5), new TimeRange(8, 9));
        assertThat(TimeRange.coveredSeconds(ranges, new TimeRange(0, 10))).isEqualTo(7.0);
    }
}
