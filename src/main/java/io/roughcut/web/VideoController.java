package io.roughcut.web;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.pipeline.Jobs;
import io.roughcut.pipeline.ProcessingLog;
import io.roughcut.pipeline.ResultRepository;
import io.roughcut.session.Session;
import io.roughcut.session.SessionTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A session's jobs: status, chunks, results, decisions, share links and deletion. */
@Tag(name = "Jobs", description = "The videos of the caller's session and their analysis.")
@RestController
class VideoController {

    /** The body of a decision. */
    @Schema(name = "DecisionRequest")
    record DecisionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Decision decision) {
    }

    private final JobViews views;
    private final JobRepository jobRepository;
    private final ResultRepository results;
    private final Jobs jobs;

    VideoController(JobViews views, JobRepository jobRepository, ResultRepository results, Jobs jobs) {
        this.views = views;
        this.jobRepository = jobRepository;
        this.results = results;
        this.jobs = jobs;
    }

    @Operation(summary = "A job's state and progress", description = "The brief's status fields; poll it, or "
            + "follow /events.")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @GetMapping("/api/videos/{jobId}/status")
    JobStatus status(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                     @PathVariable UUID jobId) {
        return views.status(views.owned(session, jobId));
    }

    @Operation(summary = "A job's chunks", description = "One row per chunk, in order, once the video is split.")
    @ApiResponse(responseCode = "200", description = "The chunks; empty before the video is split")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @GetMapping("/api/videos/{jobId}/chunks")
    List<ChunkView> chunks(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                           @PathVariable UUID jobId) {
        return views.chunks(views.owned(session, jobId));
    }

    @Operation(summary = "A job's processing log", description = "What the pipeline did for this job, oldest first.")
    @ApiResponse(responseCode = "200", description = "The log lines")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @GetMapping("/api/videos/{jobId}/logs")
    List<ProcessingLog.Line> logs(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                  @PathVariable UUID jobId) {
        return views.log(views.owned(session, jobId));
    }

    @Operation(summary = "A finished job's cut list", description = "Every proposed cut with its decision, the "
            + "summary of the accepted ones, and how the result was made.")
    @ApiResponse(responseCode = "200", description = "The cut list")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @ApiResponse(responseCode = "409", description = "The job has no results yet: wait until it is finished")
    @GetMapping("/api/videos/{jobId}/results")
    CutList results(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                    @PathVariable UUID jobId) {
        return views.cutList(views.owned(session, jobId));
    }

    @Operation(summary = "Accept or reject a cut, or leave it to review", description = "Saved at once; a rejected "
            + "cut, and one left to review, leaves the summary and the editors' exports until it is accepted.")
    @ApiResponse(responseCode = "200", description = "The decision as saved")
    @ApiResponse(responseCode = "400", description = "No decision, or not accepted, rejected or review")
    @ApiResponse(responseCode = "404", description = "No such job in this session, or no such cut in its results")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @ApiResponse(responseCode = "413", description = "The body is over the size limit")
    @PatchMapping("/api/videos/{jobId}/segments/{segmentId}")
    DecisionAnswer decide(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                          @PathVariable UUID jobId, @PathVariable @Parameter(example = "s-0007") String segmentId,
                          @RequestBody(required = false) DecisionBody body) {
        Job job = views.owned(session, jobId);
        if (body == null || body.decision() == null) {
            throw new BadRequestException("The field \"decision\" is required: \"accepted\", \"rejected\" or \"review\".");
        }
        if (!views.hasSegment(job, segmentId)) {
            throw new NotFoundException("There is no cut " + segmentId + " in the cut list of " + job.fileName() + ".");
        }
        results.decide(job.id(), segmentId, body.decision());
        return new DecisionAnswer(segmentId, body.decision());
    }

    @Operation(summary = "Share a job read-only", description = "Makes the job's share link, or returns the one it has.")
    @ApiResponse(responseCode = "200", description = "The share link")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @PostMapping("/api/videos/{jobId}/share")
    ShareLink share(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                    @PathVariable UUID jobId) {
        Job job = views.owned(session, jobId);
        String token = job.shareToken();
        if (token == null) {
            token = SessionTokens.newToken();
            jobRepository.setShareToken(job.id(), token);
        }
        return ShareLink.of(token);
    }

    @Operation(summary = "Stop sharing a job", description = "The share link stops working at once.")
    @ApiResponse(responseCode = "204", description = "Not shared any more")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @DeleteMapping("/api/videos/{jobId}/share")
    ResponseEntity<Void> unshare(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                 @PathVariable UUID jobId) {
        jobRepository.setShareToken(views.owned(session, jobId).id(), null);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Delete a job", description = "Deletes the job with its video, chunks, results and share link.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @DeleteMapping("/api/videos/{jobId}")
    ResponseEntity<Void> delete(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                @PathVariable UUID jobId) {
        jobs.delete(views.owned(session, jobId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The session's jobs", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The jobs")
    @GetMapping("/api/sessions/current/videos")
    List<JobStatus> myVideos(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session) {
        return jobRepository.listForSession(session.id()).stream().map(views::status).toList();
    }
}
