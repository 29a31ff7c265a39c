package io.roughcut.cutlist;

import java.util.List;

/**
 * Everything {@link CutListAggregator} needs to make a result. Immutable.
 *
 * @param analyzer  the analyser's name, shown in {@code processing.analyzer}
 * @param chunks    one result per chunk of the plan, in any order; together they cover the recording
 * @param elapsedMs wall-clock milliseconds the job took so far
 */
public record AggregationInput(String jobId, SourceSummary source, String analyzer, List<ChunkResult> chunks,
                               long elapsedMs) {

    public AggregationInput {
        chunks = List.copyOf(chunks);
    }
}
