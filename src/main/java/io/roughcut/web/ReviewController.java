package io.roughcut.web;

import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Summary;
import io.roughcut.pipeline.Job;
import io.roughcut.review.CutChange;
import io.roughcut.review.Reviews;
import io.roughcut.session.Session;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/videos/{jobId}/review}: a batch of decisions and edits to a job's cuts, made together or
 * not at all, so a bulk decision or an undo is one request (see {@link CutChange}).
 */
@RestController
class ReviewController {

    /** The request: the changes, in order. */
    record ReviewBody(List<CutChange> changes) {
    }

    /**
     * The answer: the changed cuts as they are now, the ids of those that left the list, and the summary
     * of the whole cut list after the changes.
     */
    record ReviewSaved(List<Cut> cuts, List<String> gone, Summary summary) {
    }

    private final JobViews views;
    private final Reviews reviews;

    ReviewController(JobViews views, Reviews reviews) {
        this.views = views;
        this.reviews = reviews;
    }

    @PostMapping("/api/videos/{jobId}/review")
    ReviewSaved review(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId,
                       @RequestBody(required = false) ReviewBody body) {
        Job job = views.owned(session, jobId);
        List<CutChange> changes = body == null ? null : body.changes();
        CutList after = reviews.change(job.id(), changes).orElseThrow(() -> JobViews.notReady(job));
        Set<String> ids = new LinkedHashSet<>();
        changes.forEach(c -> ids.add(c.cutId()));
        List<Cut> cuts = after.segmentsToRemove().stream().filter(c -> ids.contains(c.id())).toList();
        cuts.forEach(c -> ids.remove(c.id()));
        return new ReviewSaved(cuts, List.copyOf(ids), after.summary());
    }
}
