package io.roughcut.web;

import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A job seen through its share link: read-only, no session needed. */
@Tag(name = "Shared", description = "A job through its share link: read-only, no session needed.")
@SecurityRequirements
@RestController
class SharedController {

    private final JobViews views;
    private final MediaRanges media;

    SharedController(JobViews views, MediaRanges media) {
        this.views = views;
        this.media = media;
    }

    @Operation(summary = "A shared job", description = "Its status, and its cut list once it is finished.")
    @ApiResponse(responseCode = "200", description = "The shared job")
    @ApiResponse(responseCode = "404", description = "No such share link, or it was revoked")
    @GetMapping("/api/shared/{token}")
    SharedJob shared(@PathVariable String token) {
        Job job = views.shared(token);
        return new SharedJob(views.status(job), job.state().isFinished() && job.state() != JobState.FAILED
                ? views.cutList(job) : null);
    }

    @Operation(summary = "A shared job's video", description = "The MP4 for the preview player, with byte ranges.")
    @ApiResponse(responseCode = "200", description = "The whole video",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "The range asked for",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such share link, or its video is no longer stored")
    @ApiResponse(responseCode = "416", description = "The range is outside the video")
    @GetMapping("/api/shared/{token}/media")
    ResponseEntity<StreamingResponseBody> media(@PathVariable String token, HttpServletRequest request) {
        return media.serve(views.shared(token), request);
    }
}
