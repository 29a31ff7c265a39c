package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.PictureChecks;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the analysis settings a person sent (tus metadata, form fields, a re-analysis's JSON) into
 * {@link AnalysisOptions}, and refuses a value out of range with a message that names the field as the
 * person sent it and the range it must lie in. A setting left out keeps the value of {@code base}: the
 * defaults for an upload, the job's settings for a re-analysis.
 */
public final class AnalysisChoice {

    /** The name of each setting, the same in tus metadata, form fields, JSON bodies and answers. */
    public static final String MIN_PAUSE = "minPauseSeconds";
    public static final String MARGIN = "marginSeconds";
    public static final String PICTURE_CHECKS = "pictureChecks";

    private AnalysisChoice() {
    }

    /**
     * Settings sent as text (tus metadata, multipart fields); null or blank leaves a setting as {@code base} has it.
     *
     * @param field how the message names a setting: {@code name -> "Upload-Metadata \"" + name + "\""}
     * @throws InvalidSettingsException when a value is not a number, not a mode, or out of range
     */
    public static AnalysisOptions fromText(String minPause, String margin, String pictureChecks, AnalysisOptions base,
                                           Function<String, String> field) {
        return choose(number(minPause, MIN_PAUSE, field), number(margin, MARGIN, field),
                mode(pictureChecks, field), base, field);
    }

    /**
     * Settings sent as values; null leaves a setting as {@code base} has it.
     *
     * @throws InvalidSettingsException when a value is out of range
     */
    public static AnalysisOptions choose(Double minPause, Double margin, PictureChecks pictureChecks,
                                         AnalysisOptions base, Function<String, String> field) {
        double pause = minPause == null ? base.minPauseSeconds() : minPause;
        double kept = margin == null ? base.marginSeconds() : margin;
        if (!(pause >= AnalysisOptions.MIN_PAUSE_FLOOR && pause <= AnalysisOptions.MIN_PAUSE_CEILING)) {
            throw new InvalidSettingsException(field.apply(MIN_PAUSE) + " must be from " + seconds(AnalysisOptions.MIN_PAUSE_FLOOR)
                    + " to " + seconds(AnalysisOptions.MIN_PAUSE_CEILING) + " seconds, not " + seconds(pause) + ".");
        }
        // The margin is kept on both sides of a pause, so two of them must leave something of the shortest pause to cut.
        if (!(kept >= 0 && 2 * kept < pause)) {
            throw new InvalidSettingsException(field.apply(MARGIN) + " must be from 0 seconds to less than half the "
                    + "shortest pause (" + seconds(pause) + " s), not " + seconds(kept) + ".");
        }
        return new AnalysisOptions(pause, kept, pictureChecks == null ? base.pictureChecks() : pictureChecks);
    }

    /**
     * The settings as a row stores them (both tables, the same columns); a row from before they were stored
     * holds nulls, which mean the defaults.
     */
    public static AnalysisOptions stored(Double minPause, Double margin, String pictureChecks) {
        AnalysisOptions d = AnalysisOptions.DEFAULT;
        return new AnalysisOptions(minPause == null ? d.minPauseSeconds() : minPause,
                margin == null ? d.marginSeconds() : margin,
                pictureChecks == null ? d.pictureChecks() : PictureChecks.fromId(pictureChecks));
    }

    private static Double number(String text, String name, Function<String, String> field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as for an infinite value
        }
        throw new InvalidSettingsException(field.apply(name) + " must be a number of seconds, such as 1.5, not \""
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\".");
    }

    private static PictureChecks mode(String text, Function<String, String> field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(PictureChecks.values()).filter(m -> m.id().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidSettingsException(field.apply(PICTURE_CHECKS) + " must be one of "
                        + Arrays.stream(PictureChecks.values()).map(PictureChecks::id).collect(Collectors.joining(", "))
                        + ", not \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"."));
    }

    private static String seconds(double value) {
        // 0.3, 1, 2.5: as a person would write them, never 1.0E-4.
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
