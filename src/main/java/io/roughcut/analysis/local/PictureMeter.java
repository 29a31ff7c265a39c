package io.roughcut.analysis.local;

import io.roughcut.media.LumaFrames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Judges the small grey pictures of one decoded stretch: which are black, and which show the same picture as
 * the one that began their run. A freeze is a picture that stays the same for its length, whatever the frame
 * rate: it is measured from the frame that repeats to the first frame that differs, so the time between two
 * frames of a slow video is never mistaken for one. Not thread-safe; one per stretch.
 *
 * <p>Thresholds, for 8-bit limited-range luma: black is blackdetect's default (98% of pixels at most 10% of
 * the way from black to white). Two pictures are the same when no more than one pixel differs by more than
 * {@value #CHANGED_LEVEL} levels and the mean difference is at most {@value #MEAN_LEVEL}: an encoder re-draws
 * a frozen picture at each keyframe with differences of a few levels (and a recording encoded twice smooths
 * its noise away over a second, two levels on average, never twenty), while a clock ticking in a corner
 * changes dozens of pixels by a hundred. Each picture is compared with the first of its run, not with the
 * one before, so a slow fade does not pass for a still picture.
 */
final class PictureMeter implements LumaFrames.Sink {

    private static final int BLACK_LEVEL = 16 + (int) (0.10 * (235 - 16));
    private static final double BLACK_SHARE = 0.98;
    private static final int CHANGED_LEVEL = 24;
    private static final int CHANGED_PIXELS_ALLOWED = 1;
    private static final double MEAN_LEVEL = 3.0;

    private byte[] anchor;
    private boolean[] black = new boolean[256];
    private boolean[] sameAsAnchor = new boolean[256];
    private int count;

    @Override
    public void picture(byte[] luma) {
        if (count == black.length) {
            black = Arrays.copyOf(black, count * 2);
            sameAsAnchor = Arrays.copyOf(sameAsAnchor, count * 2);
        }
        black[count] = isBlack(luma);
        boolean same = anchor != null && same(anchor, luma);
        sameAsAnchor[count] = same;
        if (!same) {
            anchor = luma.clone();
        }
        count++;
    }

    /**
     * The black and frozen stretches among the pictures, which were shown at {@code times}.
     *
     * @param end when the stretch's last picture stops being shown: a run still going there ends there
     */
    Stretches stretches(double[] times, double end) {
        int n = Math.min(count, times.length);
        List<Interval> blackRuns = new ArrayList<>();
        List<Interval> frozenRuns = new ArrayList<>();
        int blackFrom = -1;
        int anchorAt = 0;
        for (int i = 0; i <= n; i++) {
            boolean isBlack = i < n && black[i];
            if (isBlack && blackFrom < 0) {
                blackFrom = i;
            } else if (!isBlack && blackFrom >= 0) {
                blackRuns.add(new Interval(times[blackFrom], i < n ? times[i] : end));
                blackFrom = -1;
            }
            if (i == n || !sameAsAnchor[i]) {
                // A run of one picture is no freeze: the picture was only shown for its frame's duration.
                if (i - anchorAt > 1) {
                    frozenRuns.add(new Interval(times[anchorAt], i < n ? times[i] : end));
                }
                anchorAt = i;
            }
        }
        return new Stretches(blackRuns, frozenRuns);
    }

    /** Black and frozen stretches, each in order. */
    record Stretches(List<Interval> black, List<Interval> frozen) {

        Stretches {
            black = List.copyOf(black);
            frozen = List.copyOf(frozen);
        }
    }

    private static boolean isBlack(byte[] luma) {
        int dark = 0;
        for (byte b : luma) {
            if ((b & 0xFF) <= BLACK_LEVEL) {
                dark++;
            }
        }
        return dark >= BLACK_SHARE * luma.length;
    }

    private static boolean same(byte[] a, byte[] b) {
        long sum = 0;
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            int d = Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
            sum += d;
            if (d > CHANGED_LEVEL && ++changed > CHANGED_PIXELS_ALLOWED) {
                return false;
            }
        }
        return sum <= MEAN_LEVEL * a.length;
    }
}
