package io.roughcut.analysis;

/**
 * What a person chose for one analysis: the settings the command line, the upload and the home page offer.
 * Everything else an analyser needs is its own configuration. Times are seconds. Immutable.
 *
 * @param minPauseSeconds the shortest silence that becomes a cut
 * @param marginSeconds   silence kept on each side of a pause cut, so a cut never clips a word
 * @param pictureChecks   how the picture is judged
 */
public record AnalysisOptions(double minPauseSeconds, double marginSeconds, PictureChecks pictureChecks) {

    /** The shortest pause anyone is offered; below it every breath between words would be cut. */
    public static final double MIN_PAUSE_FLOOR = 0.3;
    /** The longest shortest pause: beyond it nothing in a talk is a pause any more. */
    public static final double MIN_PAUSE_CEILING = 30;

    public static final AnalysisOptions DEFAULT = new AnalysisOptions(1.0, 0.2, PictureChecks.AUTO);

    public AnalysisOptions {
        if (pictureChecks == null) {
            throw new IllegalArgumentException("the picture-checks mode is missing (expected auto, camera or off)");
        }
        if (!(minPauseSeconds >= MIN_PAUSE_FLOOR && minPauseSeconds <= MIN_PAUSE_CEILING)) {
            throw new IllegalArgumentException("the shortest pause must lie between " + MIN_PAUSE_FLOOR + " and "
                    + MIN_PAUSE_CEILING + " seconds, not " + minPauseSeconds);
        }
        if (!(marginSeconds >= 0) || !(minPauseSeconds > 2 * marginSeconds)) {
            throw new IllegalArgumentException("the margin must be at least 0 and the shortest pause longer than "
                    + "both margins: " + minPauseSeconds + " s pause, " + marginSeconds + " s margin");
        }
    }

    public AnalysisOptions withPause(double minPause, double margin) {
        return new AnalysisOptions(minPause, margin, pictureChecks);
    }

    public AnalysisOptions withPictureChecks(PictureChecks mode) {
        return new AnalysisOptions(minPauseSeconds, marginSeconds, mode);
    }
}
