package io.roughcut.web;

import io.roughcut.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/videos/{jobId}/media}: the normalised video (the original until it exists), with ranges. */
@RestController
class MediaController {

    private final JobViews views;
    private final MediaRanges media;

    MediaController(JobViews views, MediaRanges media) {
        this.views = views;
        this.media = media;
    }

    @GetMapping("/api/videos/{jobId}/media")
    ResponseEntity<StreamingResponseBody> media(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session,
                                                @PathVariable UUID jobId, HttpServletRequest request) {
        return media.serve(views.owned(session, jobId), request);
    }
}
