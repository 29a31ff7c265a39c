package io.roughcut.web;

import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Summary;
import io.roughcut.pipeline.Job;
import io.roughcut.review.CutChange;
import io.roughcut.review.Reviews;
import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(summary = "Change several cuts at once", description = "Decisions, edited edges and undos, applied "
            + "in order and saved together or not at all.")
    @ApiResponse(responseCode = "200", description = "The changed cuts, the ids of those gone, and the new summary")
    @ApiResponse(responseCode = "400", description = "No changes, or a change that is not valid; nothing is saved")
    @ApiResponse(responseCode = "404", description = "No such job in this session, or no such cut in its results")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @ApiResponse(responseCode = "413", description = "The body is over the size limit")
    @PostMapping("/api/videos/{jobId}/review")
    ReviewSaved review(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                       @PathVariable UUID jobId, @RequestBody(required = false) ReviewBody body) {
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
