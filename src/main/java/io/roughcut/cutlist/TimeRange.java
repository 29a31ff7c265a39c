package io.roughcut.cutlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of the recording, in seconds from its start. Immutable.
 */
public record TimeRange(double start, double end) {

    public TimeRange {
        if (end < start) {
            throw new IllegalArgumentException("range must not end before it starts: " + start + " .. " + end);
        }
    }

    public double duration() {
        return end - start;
    }

    /** The union of the ranges, as disjoint ranges sorted by start. Touching ranges become one. */
    public static List<TimeRange> union(Collection<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingDouble(TimeRange::start));
        List<TimeRange> union = new ArrayList<>();
        for (TimeRange r : sorted) {
            int last = union.size() - 1;
            if (last >= 0 && r.start <= union.get(last).end) {
                union.set(last, new TimeRange(union.get(last).start, Math.max(union.get(last).end, r.end)));
            } else {
                union.add(r);
            }
        }
        return union;
    }

    /** The parts of {@code within} that none of the ranges cover, sorted by start. Empty parts are left out. */
    public static List<TimeRange> complement(Collection<TimeRange> ranges, TimeRange within) {
        List<TimeRange> gaps = new ArrayList<>();
        double from = within.start;
        for (TimeRange r : union(ranges)) {
            if (r.start > from && from < within.end) {
                gaps.add(new TimeRange(from, Math.min(r.start, within.end)));
            }
            from = Math.max(from, r.end);
        }
        if (from < within.end) {
            gaps.add(new TimeRange(from, within.end));
        }
        return gaps;
    }

    /** The total length of the union of the ranges, clipped to {@code within}: overlaps count once. */
    public static double coveredSeconds(Collection<TimeRange> ranges, TimeRange within) {
        return within.duration() - complement(ranges, within).stream().mapToDouble(TimeRange::duration).sum();
    }
}
