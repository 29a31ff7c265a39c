package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One stretch of the recording proposed for removal. Times are seconds of the whole recording, rounded to
 * milliseconds; the timecodes are the same times formatted for people. Immutable.
 *
 * @param id         "s-0001", "s-0002", ... in order of start time
 * @param confidence from 0 to 1
 * @param transcript the words in the cut, or null when the analyser does not hear words
 * @param chunks     the indexes of the chunks the cut was found in, ascending; more than one for a cut that
 *                   crosses a chunk boundary
 * @param decision   the reviewer's decision; {@link Decision#ACCEPTED} until someone rejects the cut
 */
public record Cut(String id, double start, double end, double duration, String startTimecode, String endTimecode,
                  @JsonSerialize(converter = AnalysisIds.CategoryToId.class)
                  @JsonDeserialize(converter = AnalysisIds.IdToCategory.class) Category category,
                  String reason, double confidence, String transcript,
                  @JsonSerialize(converter = AnalysisIds.SourceToId.class)
                  @JsonDeserialize(converter = AnalysisIds.IdToSource.class) SegmentSource source,
                  List<Integer> chunks, Decision decision) {

    public Cut {
        chunks = List.copyOf(chunks);
    }

    /** An accepted cut, with times rounded to milliseconds and the duration and timecodes derived from them. */
    public static Cut of(String id, double start, double end, Category category, String reason, double confidence,
                         String transcript, SegmentSource source, List<Integer> chunks) {
        double s = Timecode.roundMillis(start);
        double e = Timecode.roundMillis(end);
        return new Cut(id, s, e, Timecode.roundMillis(e - s), Timecode.of(s), Timecode.of(e), category, reason,
                Timecode.roundMillis(confidence), transcript, source, chunks, Decision.ACCEPTED);
    }

    public Cut withDecision(Decision newDecision) {
        return new Cut(id, start, end, duration, startTimecode, endTimecode, category, reason, confidence,
                transcript, source, chunks, newDecision);
    }

    @JsonIgnore
    public boolean accepted() {
        return decision == Decision.ACCEPTED;
    }

    @JsonIgnore
    public TimeRange range() {
        return new TimeRange(start, end);
    }
}
