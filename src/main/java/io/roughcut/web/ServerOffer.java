package io.roughcut.web;

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
 */
@Schema(name = "ServerOffer")
public record ServerOffer(List<AnalyzerOffer> analyzers, AnalyzerOption defaultAnalyzer,
                          @Schema(example = "5368709120") long maxUploadBytes,
                          @Schema(example = "524288000") long maxChunkBytes, @Schema(example = "5") int chunksAtOnce) {

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
