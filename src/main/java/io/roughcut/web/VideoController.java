package io.roughcut.web;

import io.roughcut.cutlist.Decision;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.pipeline.Jobs;
import io.roughcut.pipeline.ProcessingLog;
import io.roughcut.pipeline.ResultRepository;
import io.roughcut.session.Session;
import io.roughcut.session.SessionTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
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
@RestController
class VideoController {

    /** The body of a decision: {@code {"decision": "accepted" | "rejected"}}. */
    record DecisionBody(String decision) {
    }

    private final JobViews views;
    private final JobRepository jobRepository;
    private final ResultRepository results;
    private final Jobs jobs;
    private final ProcessingLog log;

    VideoController(JobViews views, JobRepository jobRepository, ResultRepository results, Jobs jobs,
                    ProcessingLog log) {
        this.log = log;
        this.views = views;
        this.jobRepository = jobRepository;
        this.results = results;
        this.jobs = jobs;
    }

    @GetMapping("/api/videos/{jobId}/status")
    Map<String, Object> status(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId) {
        return views.status(views.owned(session, jobId));
    }

    @GetMapping("/api/videos/{jobId}/chunks")
    List<Map<String, Object>> chunks(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId) {
        return views.chunks(views.owned(session, jobId));
    }

    /** What the pipeline did for this job, oldest first: the {@code processing_logs} lines. */
    @GetMapping("/api/videos/{jobId}/logs")
    List<ProcessingLog.Line> logs(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId) {
        return log.lines(views.owned(session, jobId).id());
    }

    @GetMapping(path = "/api/videos/{jobId}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    String results(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId) {
        return views.results(views.owned(session, jobId));
    }

    @PatchMapping("/api/videos/{jobId}/segments/{segmentId}")
    Map<String, Object> decide(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId,
                               @PathVariable String segmentId, @RequestBody(required = false) DecisionBody body) {
        Job job = views.owned(session, jobId);
        if (body == null || body.decision() == null) {
            throw new BadRequestException("The field \"decision\" is required: \"accepted\" or \"rejected\".");
        }
        Decision decision;
        try {
            decision = Decision.fromId(body.decision());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The field \"decision\" must be \"accepted\" or \"rejected\", not \""
                    + body.decision() + "\".");
        }
        if (!views.hasSegment(job, segmentId)) {
            throw new NotFoundException("There is no cut " + segmentId + " in the cut list of " + job.fileName() + ".");
        }
        results.decide(job.id(), segmentId, decision);
        return Map.of("segmentId", segmentId, "decision", decision.id());
    }

    @PostMapping("/api/videos/{jobId}/share")
    Map<String, Object> share(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId) {
        Job job = views.owned(session, jobId);
        String token = job.shareToken();
        if (token == null) {
            token = SessionTokens.newToken();
            jobRepository.setShareToken(job.id(), token);
        }
        return Map.of("token", token, "url", "/s/" + token);
    }

    @DeleteMapping("/api/videos/{jobId}/share")
    ResponseEntity<Void> unshare(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId) {
        jobRepository.setShareToken(views.owned(session, jobId).id(), null);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/videos/{jobId}")
    ResponseEntity<Void> delete(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable UUID jobId) {
        jobs.delete(views.owned(session, jobId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/sessions/current/videos")
    List<Map<String, Object>> myVideos(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session) {
        return jobRepository.listForSession(session.id()).stream().map(views::status).toList();
    }
}
