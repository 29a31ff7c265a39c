package io.roughcut.web;

import io.roughcut.pipeline.Job;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** A job seen through its share link: read-only, no session needed. */
@RestController
class SharedController {

    private final JobViews views;
    private final MediaRanges media;
    private final JsonMapper json;

    SharedController(JobViews views, MediaRanges media, JsonMapper json) {
        this.views = views;
        this.media = media;
        this.json = json;
    }

    @GetMapping("/api/shared/{token}")
    Map<String, Object> shared(@PathVariable String token) {
        Job job = views.shared(token);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", views.status(job));
        m.put("results", job.state().isFinished() ? json.readTree(views.results(job)) : null);
        return m;
    }

    @GetMapping("/api/shared/{token}/media")
    ResponseEntity<StreamingResponseBody> media(@PathVariable String token, HttpServletRequest request) {
        return media.serve(views.shared(token), request);
    }
}
