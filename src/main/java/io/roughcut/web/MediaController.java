package io.roughcut.web;

import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/videos/{jobId}/media}: the normalised video (the original until it exists), with ranges. */
@Tag(name = "Jobs")
@RestController
class MediaController {

    private final JobViews views;
    private final MediaRanges media;

    MediaController(JobViews views, MediaRanges media) {
        this.views = views;
        this.media = media;
    }

    @Operation(summary = "A job's video", description = "The MP4 for the preview player (the original until the "
            + "MP4 version exists), with byte ranges.")
    @ApiResponse(responseCode = "200", description = "The whole video",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "The range asked for",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such job in this session, or its video is no longer stored")
    @ApiResponse(responseCode = "416", description = "The range is outside the video")
    @GetMapping("/api/videos/{jobId}/media")
    ResponseEntity<StreamingResponseBody> media(
            @RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                                @PathVariable UUID jobId, HttpServletRequest request) {
        return media.serve(views.owned(session, jobId), request);
    }
}
