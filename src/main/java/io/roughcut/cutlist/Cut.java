package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param edit       how the reviewer changed the cut's extent or that they added it; null (and absent from
 *                   the JSON) for a cut as the analysis found it
 */
public record Cut(String id, double start, double end, double duration, String startTimecode, String endTimecode,
                  @JsonSerialize(converter = AnalysisIds.CategoryToId.class)
                  @JsonDeserialize(converter = AnalysisIds.IdToCategory.class) Category category,
                  String reason, double confidence, String transcript,
                  @JsonSerialize(converter = AnalysisIds.SourceToId.class)
                  @JsonDeserialize(converter = AnalysisIds.IdToSource.class) SegmentSource source,
                  List<Integer> chunks, Decision decision, @JsonInclude(JsonInclude.Include.NON_NULL) Edit edit) {

    public Cut {
        chunks = List.copyOf(chunks);
    }

    /** An accepted cut, with times rounded to milliseconds and the duration and timecodes derived from them. */
    public static Cut of(String id, double start, double end, Category category, String reason, double confidence,
                         String transcript, SegmentSource source, List<Integer> chunks) {
        double s = Timecode.roundMillis(start);
        double e = Timecode.roundMillis(end);
        return new Cut(id, s, e, Timecode.roundMillis(e - s), Timecode.of(s), Timecode.of(e), category, reason,
                Timecode.roundMillis(confidence), transcript, source, chunks, Decision.ACCEPTED, null);
    }

    public Cut withDecision(Decision newDecision) {
        return new Cut(id, start, end, duration, startTimecode, endTimecode, category, reason, confidence,
                transcript, source, chunks, newDecision, edit);
    }

    /** This cut moved to {@code range} (rounded to milliseconds) and marked with {@code newEdit}. */
    public Cut withRange(TimeRange range, Edit newEdit) {
        double s = Timecode.roundMillis(range.start());
        double e = Timecode.roundMillis(range.end());
        return new Cut(id, s, e, Timecode.roundMillis(e - s), Timecode.of(s), Timecode.of(e), category, reason,
                confidence, transcript, source, chunks, decision, newEdit);
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
