package io.roughcut.web;

import io.roughcut.export.ExportFormat;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.ResultAssembly;
import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
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
@Tag(name = "Jobs")
@RestController
class ExportController {

    private final JobViews views;
    private final ResultAssembly assembly;

    ExportController(JobViews views, ResultAssembly assembly) {
        this.views = views;
        this.assembly = assembly;
    }

    @Operation(summary = "Download the cut list for an editor", description = "The file is named after the "
            + "uploaded video. CSV and EDL leave rejected cuts out; JSON keeps them, marked.")
    @ApiResponse(responseCode = "200", description = "The export, as an attachment named after the video")
    @ApiResponse(responseCode = "404", description = "No such job in this session, or no such format")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @GetMapping("/api/export/{jobId}/{format}")
    ResponseEntity<StreamingResponseBody> export(
            @RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
            @PathVariable UUID jobId,
            @PathVariable @Parameter(schema = @Schema(implementation = ExportFormat.class)) String format) {
        return download(views.owned(session, jobId), format);
    }

    @Operation(summary = "Download the cut list through a share link", description = "The same files as the owner's "
            + "export, as the reviewer left them.")
    @SecurityRequirements
    @GetMapping("/api/shared/{token}/export/{format}")
    ResponseEntity<StreamingResponseBody> shared(@PathVariable String token,
            @PathVariable @Parameter(schema = @Schema(implementation = ExportFormat.class)) String format) {
        return download(views.shared(token), format);
    }

    private ResponseEntity<StreamingResponseBody> download(Job job, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!assembly.formats().contains(f)) {
            throw new NotFoundException("There is no export format \"" + format + "\". Formats: "
                    + String.join(", ", assembly.formats()) + ".");
        }
        String result = views.results(job);
        String base = job.fileName().replaceAll("\\.[A-Za-z0-9]+$", "");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(assembly.contentType(f)))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(base + "-cuts." + f))
                .body(out -> assembly.export(result, f, out));
    }
}
