package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One chunk as the result shows it. Times are seconds of the recording, rounded to milliseconds; the
 * range is the part the chunk owns, without the overlap its file may have. Immutable.
 *
 * @param cutsFound how many cuts of the result came (in part) from this chunk; a cut across a boundary
 *                  counts for each of its chunks
 * @param error     why the chunk failed, or null (and absent from the JSON) when it did not
 */
public record ChunkSummary(int index, double start, double end, long sizeBytes, ChunkStatus status, int cutsFound,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
}
