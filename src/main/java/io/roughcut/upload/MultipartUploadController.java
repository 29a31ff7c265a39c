package io.roughcut.upload;

import io.roughcut.ServerIoException;
import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.pipeline.AnalysisChoice;
import io.roughcut.pipeline.AnalyzerCatalog;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.Jobs;
import io.roughcut.session.Session;
import io.roughcut.web.CurrentSession;
import io.roughcut.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The brief's {@code POST /api/videos/upload} (multipart field {@code file}, optional field {@code analyzer}),
 * for curl and scripts. The servlet container streams the part to a temporary file; it is moved, never read
 * into memory. Its declared size was checked before the body was read ({@link MultipartAdmission}).
 */
@Tag(name = "Uploads", description = "Videos in: tus (resumable) or one multipart request.")
@RestController
class MultipartUploadController {

    static final String PATH = "/api/videos/upload";

    private final Jobs jobs;
    private final AnalyzerCatalog analyzers;
    private final UploadAdmission admission;
    private final MultipartStaging staging;

    MultipartUploadController(Jobs jobs, AnalyzerCatalog analyzers, UploadAdmission admission, MultipartStaging staging) {
        this.jobs = jobs;
        this.analyzers = analyzers;
        this.admission = admission;
        this.staging = staging;
    }

    @Operation(summary = "Upload a video in one request", description = "For curl and scripts: the whole file as "
            + "the multipart field \"file\", and optionally the fields \"analyzer\", \"minPauseSeconds\", "
            + "\"marginSeconds\" and \"pictureChecks\" (see /api/config for what each takes). The browser uses the "
            + "resumable tus route.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Form.class),
            encoding = @Encoding(name = "file", contentType = "video/*")))
    @ApiResponse(responseCode = "200", description = "The video was stored and its job started")
    @ApiResponse(responseCode = "400", description = "No file field, an empty file, an analyser not offered, or an "
            + "analysis setting out of its range")
    @ApiResponse(responseCode = "413", description = "Over the size limit or the session's storage quota")
    @ApiResponse(responseCode = "415", description = "Not a video format Roughcut takes")
    @ApiResponse(responseCode = "422", description = "A damaged or truncated video")
    @ApiResponse(responseCode = "507", description = "The server's disk has no room for it now")
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UploadAccepted upload(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                          @RequestPart("file") @Parameter(hidden = true) MultipartFile file,
                          @RequestParam(value = "analyzer", required = false) @Parameter(hidden = true) String analyzer,
                          @RequestParam(value = AnalysisChoice.MIN_PAUSE, required = false) @Parameter(hidden = true) String minPause,
                          @RequestParam(value = AnalysisChoice.MARGIN, required = false) @Parameter(hidden = true) String margin,
                          @RequestParam(value = AnalysisChoice.PICTURE_CHECKS, required = false) @Parameter(hidden = true)
                          String pictureChecks,
                          HttpServletRequest request) {
        String name = FileNames.sanitize(file.getOriginalFilename());
        request.setAttribute(ErrorAnswers.FILE_NAME, name);
        FileNames.requireVideoExtension(name);
        AnalyzerOption chosen = analyzers.choose(analyzer, "Form field \"analyzer\"");
        AnalysisOptions options = AnalysisChoice.fromText(minPause, margin, pictureChecks, AnalysisOptions.DEFAULT,
                key -> "Form field \"" + key + "\"");
        admission.admit(session.id(), file.getSize(), chosen);
        Path target = staging.newFile();
        try {
            file.transferTo(target);
            Job job = jobs.start(session.id(), name, target, chosen, options);
            return new UploadAccepted(true, job.id(), name, "Video uploaded and processing started");
        } catch (IOException e) {
            throw ServerIoException.of("storing " + name, e);
        } finally {
            staging.delete(target);
        }
    }

    /** The form the route takes, for the API description. */
    @Schema(name = "UploadForm")
    record Form(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file,
                @Schema(description = "local, gemini or hybrid; the server's default when absent") String analyzer,
                @Schema(description = "The shortest silence that becomes a cut, in seconds; see /api/config for the "
                        + "range and default", example = "1.0") Double minPauseSeconds,
                @Schema(description = "Silence kept on each side of a pause cut, in seconds: from 0 to less than half "
                        + "the shortest pause", example = "0.2") Double marginSeconds,
                @Schema(description = "How the picture is judged", allowableValues = {"auto", "camera", "off"})
                String pictureChecks) {
    }
}
