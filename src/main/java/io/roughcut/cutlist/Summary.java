package io.roughcut.cutlist;

import io.roughcut.analysis.Category;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a result adds up to, counting accepted cuts only. Seconds rounded to milliseconds. Immutable.
 *
 * @param timeRemoved        the length of the union of the accepted cuts: where cuts of different categories
 *                           overlap, the overlap counts once
 * @param finalDuration      {@code originalDuration - timeRemoved}
 * @param byCategory         accepted cuts per category id, in the order of {@link Category}; categories
 *                           without cuts are absent
 * @param averageConfidence  the mean confidence of the accepted cuts, 0 when there are none
 * @param highConfidenceCuts accepted cuts with confidence of at least {@value #HIGH_CONFIDENCE}
 * @param lowConfidenceCuts  accepted cuts with confidence below {@value #LOW_CONFIDENCE}
 */
public record Summary(double originalDuration, double finalDuration, double timeRemoved, int cutCount,
                      Map<String, Integer> byCategory, double averageConfidence, int highConfidenceCuts,
                      int lowConfidenceCuts) {

    public static final double HIGH_CONFIDENCE = 0.8;
    public static final double LOW_CONFIDENCE = 0.5;

    public Summary {
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }

    /** The summary of the accepted cuts among {@code cuts}, in a recording of {@code originalDuration} seconds. */
    public static Summary of(List<Cut> cuts, double originalDuration) {
        List<Cut> accepted = cuts.stream().filter(Cut::accepted).toList();
        double removed = TimeRange.coveredSeconds(accepted.stream().map(Cut::range).toList(),
                new TimeRange(0, Math.max(0, originalDuration)));
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        accepted.forEach(c -> counts.merge(c.category(), 1, Integer::sum));
        Map<String, Integer> byId = new LinkedHashMap<>();
        counts.forEach((category, n) -> byId.put(category.id(), n));
        double average = accepted.stream().mapToDouble(Cut::confidence).average().orElse(0);
        return new Summary(Timecode.roundMillis(originalDuration),
                Timecode.roundMillis(originalDuration - removed), Timecode.roundMillis(removed), accepted.size(),
                byId, Timecode.roundMillis(average),
                (int) accepted.stream().filter(c -> c.confidence() >= HIGH_CONFIDENCE).count(),
                (int) accepted.stream().filter(c -> c.confidence() < LOW_CONFIDENCE).count());
    }
}
