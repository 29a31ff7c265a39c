package io.roughcut.web;

import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.ResultAssembly;
import io.roughcut.session.Session;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export/{jobId}/{format}}: the cut list as a file for an editor, as the reviewer left it
 * (their edits applied, rejected cuts left out). {@code GET /api/shared/{token}/export/{format}} is the same
 * through a share link.
 */
@RestController
class ExportController {

    private final JobViews views;
    private final ResultAssembly assembly;

    ExportController(JobViews views, ResultAssembly assembly) {
        this.views = views;
        this.assembly = assembly;
    }

    @GetMapping("/api/export/{jobId}/{format}")
    ResponseEntity<StreamingResponseBody> export(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session,
                                                 @PathVariable UUID jobId, @PathVariable String format) {
        return download(views.owned(session, jobId), format);
    }

    @GetMapping("/api/shared/{token}/export/{format}")
    ResponseEntity<StreamingResponseBody> shared(@PathVariable String token, @PathVariable String format) {
        return download(views.shared(token), format);
    }

    private ResponseEntity<StreamingResponseBody> download(Job job, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!assembly.formats().contains(f)) {
            throw new NotFoundException("There is no export format " + format + ". Formats: "
                    + String.join(", ", assembly.formats()) + ".");
        }
        String result = views.results(job);
        String base = job.fileName().replaceAll("\\.[A-Za-z0-9]+$", "");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(assembly.contentType(f)))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(base + "-cuts." + f, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(out -> assembly.export(result, f, out));
    }
}
