package io.roughcut.cutlist;

import io.roughcut.analysis.Usage;

/**
 * How a result was made. Immutable.
 *
 * @param analyzer       the analyser's name: "local", "gemini" or "hybrid"
 * @param boundaryMerges how many times pieces of one cut from neighbouring chunks were joined
 * @param elapsedMs      wall-clock milliseconds from the start of the job to the result
 * @param usage          model tokens and cost summed over all chunks; all zero for the local analyser
 */
public record Processing(String analyzer, int totalChunks, int successfulChunks, int failedChunks,
                         int boundaryMerges, long elapsedMs, Usage usage) {
}
