package io.roughcut.analysis;

import java.util.Locale;

/**
 * Marks a segment whose underlying event (a silence, a black stretch, a frozen picture) was cut short by
 * a chunk edge, so that the aggregator can join it with its continuation in the neighbouring chunk and
 * only then decide whether it is long enough. This is what makes a video analysed in chunks give the same
 * cuts as the video analysed whole. Times are chunk-relative seconds, like the segment's. Immutable.
 *
 * @param kind         what was measured, used in the reason text: "silence", "black video", ...
 * @param rawStart     where the event itself starts, before any margin was kept
 * @param rawEnd       where the event itself ends, before any margin was kept
 * @param minSeconds   the shortest event that becomes a cut
 * @param openStart    true when the event runs on before the chunk's start
 * @param openEnd      true when the event runs on past the chunk's end
 */
public record Fragment(String kind, double rawStart, double rawEnd, double minSeconds, boolean openStart,
                       boolean openEnd) {

    /** The reason every detector writes for an event of this kind and length, such as "1.9 s silence". */
    public static String reason(double seconds, String kind) {
        return String.format(Locale.ROOT, "%.1f s %s", seconds, kind);
    }
}
