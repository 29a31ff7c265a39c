package io.roughcut.analysis.local;

/**
 * How the local analyser judges a recording. Times are seconds. Immutable.
 *
 * @param minPauseSeconds     the shortest silence that becomes a cut
 * @param marginSeconds       silence kept on each side of a pause cut, so a cut never clips a word (0.2 s, as
 *                            auto-editor keeps)
 * @param thresholdFraction   where the silence threshold sits between the recording's noise floor (0) and its
 *                            speech level (1)
 * @param minBlackSeconds     the shortest black picture that becomes a cut
 * @param minFreezeSeconds    the shortest frozen picture that becomes a cut
 * @param minDropoutSeconds   the shortest digital silence inside speech that counts as an audio dropout
 * @param clipMergeSeconds    clipped samples closer than this are reported as one clipping segment
 * @param videoChecks         whether to decode the picture for black and frozen video; without it a chunk
 *                            costs about one audio decode
 */
public record LocalSettings(double minPauseSeconds, double marginSeconds, double thresholdFraction,
                            double minBlackSeconds, double minFreezeSeconds, double minDropoutSeconds,
                            double clipMergeSeconds, boolean videoChecks) {

    public static final LocalSettings DEFAULT = new LocalSettings(1.0, 0.2, 0.3, 0.5, 2.0, 0.05, 0.5, true);

    public LocalSettings {
        if (!(marginSeconds >= 0) || !(minPauseSeconds > 2 * marginSeconds)) {
            throw new IllegalArgumentException("the minimum pause must be longer than both margins: "
                    + minPauseSeconds + " s pause, " + marginSeconds + " s margin");
        }
        if (!(thresholdFraction > 0 && thresholdFraction < 1)) {
            throw new IllegalArgumentException("thresholdFraction must lie between 0 and 1: " + thresholdFraction);
        }
        if (!(minBlackSeconds > 0 && minFreezeSeconds > 0 && minDropoutSeconds > 0 && clipMergeSeconds >= 0)) {
            throw new IllegalArgumentException("minimum durations must be positive");
        }
    }

    public LocalSettings withMinPauseSeconds(double seconds) {
        return withPause(seconds, marginSeconds);
    }

    /** Both at once, since each is checked against the other. */
    public LocalSettings withPause(double minPause, double margin) {
        return new LocalSettings(minPause, margin, thresholdFraction, minBlackSeconds, minFreezeSeconds,
                minDropoutSeconds, clipMergeSeconds, videoChecks);
    }

    public LocalSettings withVideoChecks(boolean enabled) {
        return new LocalSettings(minPauseSeconds, marginSeconds, thresholdFraction, minBlackSeconds,
                minFreezeSeconds, minDropoutSeconds, clipMergeSeconds, enabled);
    }
}
