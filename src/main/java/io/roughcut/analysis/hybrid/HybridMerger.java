package io.roughcut.analysis.hybrid;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges one chunk's local and Gemini cuts. Local silences (pauses, dead air) are measured on the
 * signal, so they keep their boundaries. Gemini hears words but places them to about a second, so each of
 * its cuts that lies in sound has that edge moved to the nearest silence edge within the snap window: a
 * cut then starts and ends in silence and never clips a kept word. A Gemini cut that covers most of a local cut of the same
 * kind is the same cut found twice, and becomes one with source BOTH. A Gemini pause that still lies partly in
 * sound after snapping would remove words it did not hear: the speech it would remove is measured and
 * written on it, so it is proposed for review rather than applied. Stateless; times are chunk-relative.
 */
final class HybridMerger {

    /** Two cuts are one when their overlap is at least this share of the shorter. */
    static final double SAME_CUT_OVERLAP = 0.5;

    private final double snapWindow;

    HybridMerger(double snapWindowSeconds) {
        this.snapWindow = snapWindowSeconds;
    }

    /**
     * @param local    the local analyser's cuts, kept as they are
     * @param gemini   Gemini's cuts
     * @param silences stretches of silence whose edges are safe cut points: the local pauses and dead air,
     *                 and, when available, the shorter gaps between words
     */
    List<Segment> merge(List<Segment> local, List<Segment> gemini, List<Segment> silences) {
        return merge(local, gemini, silences, true);
    }

    /**
     * @param soundMeasured whether {@code silences} come from measured sound; without it (a chunk with no
     *                      audio) nothing is known of speech, and no cut is marked for it
     */
    List<Segment> merge(List<Segment> local, List<Segment> gemini, List<Segment> silences, boolean soundMeasured) {
        List<Segment> merged = new ArrayList<>(local);
        List<Segment> quiet = silences.stream()
                .filter(s -> s.category() == Category.PAUSE || s.category() == Category.DEAD_AIR).toList();
        for (Segment g : gemini) {
            int same = sameCut(merged, g);
            if (same >= 0) {
                Segment l = merged.get(same);
                merged.set(same, new Segment(l.start(), l.end(), l.category(), l.reason(),
                        Math.max(l.confidence(), g.confidence()), l.transcript() != null ? l.transcript() : g.transcript(),
                        SegmentSource.BOTH, l.fragment()));
            } else {
                Segment snapped = snap(g, quiet);
                merged.add(soundMeasured ? withSpeechRemoved(snapped, quiet) : snapped);
            }
        }
        merged.sort(Comparator.comparingDouble(Segment::start).thenComparingDouble(Segment::end));
        return merged;
    }

    /** The index of the local cut that {@code g} duplicates, or -1. Only local cuts can be duplicated. */
    private static int sameCut(List<Segment> merged, Segment g) {
        int best = -1;
        double bestOverlap = 0;
        for (int i = 0; i < merged.size(); i++) {
            Segment l = merged.get(i);
            if (l.source() != SegmentSource.LOCAL || family(l.category()) != family(g.category())) {
                continue;
            }
            double overlap = Math.min(l.end(), g.end()) - Math.max(l.start(), g.start());
            double shorter = Math.min(l.duration(), g.duration());
            if (overlap >= SAME_CUT_OVERLAP * shorter && overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Pauses and dead air are both silence: a model may call the first pause of a video either. */
    private static Category family(Category c) {
        return switch (c) {
            case PAUSE, DEAD_AIR -> Category.PAUSE;
            case FILLER_WORDS, FALSE_START, TECHNICAL, REDUNDANT -> c;
        };
    }

    Segment snap(Segment g, List<Segment> quiet) {
        double start = nearest(g.start(), quiet);
        double end = nearest(g.end(), quiet);
        if (!(end > start)) {
            return g;
        }
        return new Segment(start, end, g.category(), g.reason(), g.confidence(), g.transcript(), g.source(),
                g.fragment());
    }

    /**
     * A cut that claims silence (a pause, dead air) with the measured speech it would remove: its length less
     * its overlap with the silences. Other kinds remove words on purpose (a filler, a false start).
     */
    static Segment withSpeechRemoved(Segment g, List<Segment> quiet) {
        if (family(g.category()) != Category.PAUSE) {
            return g;
        }
        double silent = 0;
        double covered = g.start();
        // The silences may overlap (pauses and the shorter gaps between words): count each instant once.
        for (Segment s : quiet.stream().sorted(Comparator.comparingDouble(Segment::start)).toList()) {
            double from = Math.max(s.start(), covered);
            double to = Math.min(s.end(), g.end());
            if (to > from) {
                silent += to - from;
                covered = to;
            }
        }
        double speech = Math.round((g.duration() - silent) * 1000) / 1000.0;
        if (speech <= Segment.REVIEW_SPEECH_SECONDS) {
            return g;
        }
        return new Segment(g.start(), g.end(), g.category(), Segment.withSpeechNote(g.reason(), speech),
                g.confidence(), g.transcript(), g.source(), g.fragment(), speech);
    }

    /** An edge already in silence clips nothing and stays; one in sound moves to the nearest silence edge. */
    private double nearest(double t, List<Segment> quiet) {
        double best = t;
        double bestDistance = snapWindow;
        for (Segment s : quiet) {
            if (s.start() < t && t < s.end()) {
                return t;
            }
            for (double e : new double[] {s.start(), s.end()}) {
                double d = Math.abs(e - t);
                if (d <= bestDistance) {
                    best = e;
                    bestDistance = d;
                }
            }
        }
        return best;
    }
}
