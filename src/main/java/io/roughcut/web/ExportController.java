package io.roughcut.web;

import io.roughcut.export.ExportFormat;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.ResultAssembly;
import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cut list as a file for an editor, as the reviewer left it (their edits applied, rejected cuts left out):
 * {@code GET /api/export/{jobId}/{format}} for the session's own jobs, {@code GET /api/shared/{token}/export/{format}}
 * through a share link, and the list of formats the pages make their buttons from. Every list and check comes
 * from {@link ExportFormat}.
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

    /**
     * One export format as the pages show it.
     *
     * @param id         the name in the export URL, such as {@code fcpxml-1.10}
     * @param name       what people call it, such as "FCP7 XML"
     * @param extension  the downloaded file's extension, without the dot
     * @param forEditors one line on the editors and programs it is for
     * @param rendered   true for the cut video, which is rendered in the background (POST its address to
     *                   start) rather than written from the cut list at once
     */
    record ExportFormatView(String id, String name, String extension, String forEditors, boolean rendered) {
    }

    @Operation(summary = "The export formats", description = "Every format a cut list can be downloaded in, and "
            + "the editors it is for; the cut video last.")
    @ApiResponse(responseCode = "200", description = "The formats, the default first")
    @SecurityRequirements
    @GetMapping("/api/export/formats")
    List<ExportFormatView> formats() {
        return Arrays.stream(ExportFormat.values())
                .map(f -> new ExportFormatView(f.id(), f.label(), f.extension(), f.editors(), f.isRenderedVideo()))
                .toList();
    }

    @Operation(summary = "Download the cut list for an editor", description = "The file is named after the "
            + "uploaded video and follows the review: edited cuts where the reviewer put them, rejected cuts left "
            + "out (JSON keeps them, marked).")
    @ApiResponse(responseCode = "200", description = "The export, as an attachment named after the video")
    @ApiResponse(responseCode = "404", description = "No such job in this session, or no such format")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @GetMapping("/api/export/{jobId}/{format}")
    ResponseEntity<byte[]> export(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                  @PathVariable UUID jobId, @PathVariable String format) {
        ExportFormat f = format(format);
        return file(views.owned(session, jobId), f);
    }

    @Operation(summary = "Download the cut list through a share link", description = "The same files as the "
            + "owner's export, as the reviewer left them.")
    @ApiResponse(responseCode = "200", description = "The export, as an attachment named after the video")
    @ApiResponse(responseCode = "404", description = "No such share link, or no such format")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @SecurityRequirements
    @GetMapping("/api/shared/{token}/export/{format}")
    ResponseEntity<byte[]> shared(@PathVariable String token, @PathVariable String format) {
        ExportFormat f = format(format);
        return file(views.shared(token), f);
    }

    private static ExportFormat format(String id) {
        ExportFormat format = ExportFormat.fromId(id).orElseThrow(() -> new NotFoundException(
                "There is no export format \"" + id + "\". Formats: " + String.join(", ", ids()) + "."));
        if (format.isRenderedVideo()) {
            // Only a differently spelt "mp4" gets here; the cut video has routes of its own (RenderController).
            throw new NotFoundException("The cut video is rendered at the address ending in /mp4, in lower case. "
                    + "Formats here: " + String.join(", ", ids()) + ".");
        }
        return format;
    }

    private static List<String> ids() {
        return ExportFormat.cutListFormats().stream().map(ExportFormat::id).toList();
    }

    /**
     * The whole file is made before the answer starts, so a result that cannot be written in a format is a
     * proper error response rather than a download cut short. Exports are small: tens of kilobytes an hour.
     */
    private ResponseEntity<byte[]> file(Job job, ExportFormat format) {
        String result = views.results(job);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assembly.export(result, format.id(), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(format.fileName(job.fileName())))
                .body(out.toByteArray());
    }
}
