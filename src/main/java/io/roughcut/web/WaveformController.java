package io.roughcut.web;

import io.roughcut.analysis.local.Waveform;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobState;
import io.roughcut.review.Waveforms;
import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/videos/{jobId}/waveform} (and through a share link): a finished job's {@link Waveform},
 * for the review page's timeline. The first request measures it, which takes a few seconds for an hour;
 * later ones read what was kept. It never changes, so the browser may keep it.
 */
@RestController
class WaveformController {

    private static final CacheControl KEEP = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private final JobViews views;
    private final Waveforms waveforms;

    WaveformController(JobViews views, Waveforms waveforms) {
        this.views = views;
        this.waveforms = waveforms;
    }

    @Operation(summary = "A finished job's waveform", description = "The loudness of the recording over time, for "
            + "the review timeline. The first request measures it; it never changes, so it may be kept.")
    @ApiResponse(responseCode = "200", description = "The waveform")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @ApiResponse(responseCode = "409", description = "The job is not finished yet")
    @GetMapping("/api/videos/{jobId}/waveform")
    ResponseEntity<Waveform> waveform(
            @RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
            @PathVariable UUID jobId) {
        return answer(views.owned(session, jobId));
    }

    @Operation(summary = "A shared job's waveform", description = "The same waveform, through a share link.")
    @ApiResponse(responseCode = "200", description = "The waveform")
    @ApiResponse(responseCode = "404", description = "No such share link, or it was revoked")
    @ApiResponse(responseCode = "409", description = "The job is not finished yet")
    @GetMapping("/api/shared/{token}/waveform")
    ResponseEntity<Waveform> shared(@PathVariable String token) {
        return answer(views.shared(token));
    }

    private ResponseEntity<Waveform> answer(Job job) {
        if (job.state() != JobState.COMPLETE && job.state() != JobState.PARTIAL) {
            throw JobViews.notReady(job);
        }
        return ResponseEntity.ok().cacheControl(KEEP).body(waveforms.of(job));
    }
}
