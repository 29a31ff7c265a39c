package io.roughcut.review;

import io.roughcut.cutlist.CarriedReview;
import io.roughcut.cutlist.CutEdit;
import io.roughcut.export.CutListJson;
import io.roughcut.pipeline.ResultRepository;
import io.roughcut.pipeline.ReviewCarryOver;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The review's side of a re-analysis: the person's decisions and edits moved onto the cuts of the new result
 * that match theirs (see {@link CarriedReview} for how cuts are matched, and why not by id). Thread-safe.
 */
@Component
final class CarriedReviews implements ReviewCarryOver {

    private final ResultRepository results;
    private final CutEditRepository edits;

    CarriedReviews(ResultRepository results, CutEditRepository edits) {
        this.results = results;
        this.edits = edits;
    }

    @Override
    public String carry(UUID jobId, String earlierResult, String newResult) {
        CarriedReview carried = CarriedReview.of(CutListJson.read(earlierResult), edits.edits(jobId),
                results.decisions(jobId), CutListJson.read(newResult));
        edits.deleteAll(jobId);
        for (CutEdit e : carried.edits()) {
            edits.save(jobId, e);
        }
        results.replaceDecisions(jobId, carried.decisions());
        return carried.dropped() == 0
                ? "Your decisions and edits on " + carried.carried() + " cut(s) were kept"
                : "Your decisions and edits on " + carried.carried() + " cut(s) were kept; " + carried.dropped()
                        + " cut(s) you had decided are not in the new analysis";
    }
}
