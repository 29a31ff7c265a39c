package io.roughcut.web;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.pipeline.AnalyzerOption;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What this server offers an upload: the analysers, and the one a job gets when its upload names none.
 * Immutable.
 *
 * @param maxUploadBytes the largest video accepted
 * @param maxChunkBytes  the largest chunk a video is split into ({@code MAX_CHUNK_SIZE})
 * @param chunksAtOnce   how many chunks of one job are analysed at once, over all workers ({@code PARALLEL_CHUNKS})
 * @param settings       the analysis settings an upload (or a re-analysis) may choose, with their defaults and ranges
 */
@Schema(name = "ServerOffer")
public record ServerOffer(List<AnalyzerOffer> analyzers, AnalyzerOption defaultAnalyzer,
                          @Schema(example = "5368709120") long maxUploadBytes,
                          @Schema(example = "524288000") long maxChunkBytes, @Schema(example = "5") int chunksAtOnce,
                          SettingsOffer settings) {

    /**
     * The analysis settings, each under the name an upload sends it by (tus metadata, form field, JSON).
     * Immutable.
     */
    @Schema(name = "SettingsOffer")
    public record SettingsOffer(SecondsSetting minPauseSeconds, SecondsSetting marginSeconds, ModeSetting pictureChecks) {

        /** What this version of Roughcut offers. */
        static SettingsOffer current() {
            AnalysisOptions d = AnalysisOptions.DEFAULT;
            return new SettingsOffer(
                    new SecondsSetting(d.minPauseSeconds(), AnalysisOptions.MIN_PAUSE_FLOOR, AnalysisOptions.MIN_PAUSE_CEILING,
                            "The shortest silence that becomes a cut."),
                    new SecondsSetting(d.marginSeconds(), 0, AnalysisOptions.MIN_PAUSE_CEILING / 2,
                            "Silence kept on each side of a pause cut, so no word is clipped; less than half the "
                                    + "shortest pause."),
                    new ModeSetting(d.pictureChecks(), List.of(PictureChecks.values()),
                            "auto judges a recording whose picture is still most of the time as slides and reports "
                                    + "only faults over silence; camera reports every black stretch and freeze; off "
                                    + "looks at the sound only."));
        }
    }

    /**
     * A setting in seconds. Immutable.
     *
     * @param minimum the least value taken
     * @param maximum the greatest value taken; a margin must also be less than half the shortest pause
     */
    @Schema(name = "SecondsSetting")
    public record SecondsSetting(@Schema(example = "1.0") double defaultValue, @Schema(example = "0.3") double minimum,
                                 @Schema(example = "30.0") double maximum, String description) {
    }

    /** A setting that is one of a closed set of modes. Immutable. */
    @Schema(name = "ModeSetting")
    public record ModeSetting(PictureChecks defaultValue, List<PictureChecks> modes, String description) {
    }

    /**
     * One analyser. Immutable.
     *
     * @param model               the Gemini model, for the analysers that call Gemini
     * @param estimatedUsdPerHour what an hour of video is expected to cost with it, in US dollars
     */
    @Schema(name = "AnalyzerOffer")
    public record AnalyzerOffer(AnalyzerOption id, String description, @Schema(example = "gemini-2.5-flash") String model,
                                @Schema(example = "0.23") double estimatedUsdPerHour) {
    }
}
