package io.roughcut.web;

import io.roughcut.pipeline.AnalysisChoice;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.Reanalysis;
import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/videos/{jobId}/reanalyze}: a finished job analysed again with other settings, from the
 * chunks it already has (see {@link Reanalysis}); the decisions on cuts that are still found are kept.
 */
@Tag(name = "Jobs")
@RestController
class ReanalysisController {

    /** The settings to change; each one left out stays as the job has it. */
    @Schema(name = "ReanalysisRequest")
    record ReanalysisBody(@Schema(example = "2.0") Double minPauseSeconds, @Schema(example = "0.2") Double marginSeconds,
                          @Schema(allowableValues = {"auto", "camera", "off"}) String pictureChecks) {
    }

    private final JobViews views;
    private final Reanalysis reanalysis;

    ReanalysisController(JobViews views, Reanalysis reanalysis) {
        this.views = views;
        this.reanalysis = reanalysis;
    }

    @Operation(summary = "Analyse a finished job again with other settings", description = "Nothing is uploaded or "
            + "converted again: the job's chunks are analysed anew with the settings given (see /api/config for their "
            + "ranges), the others as before. The earlier result stays until the new one is in; decisions and edits "
            + "on cuts that are found again are kept. Follow the job's status or events as for a new job.")
    @ApiResponse(responseCode = "202", description = "The analysis started again; the job as it is now")
    @ApiResponse(responseCode = "400", description = "A setting out of its range; nothing changed")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @ApiResponse(responseCode = "409", description = "The job is not finished with a result, is being analysed "
            + "already, was analysed with Gemini, or its chunks are no longer stored")
    @ApiResponse(responseCode = "413", description = "The body is over the size limit")
    @PostMapping("/api/videos/{jobId}/reanalyze")
    @ResponseStatus(HttpStatus.ACCEPTED)
    JobStatus reanalyze(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                        @PathVariable UUID jobId, @RequestBody(required = false) ReanalysisBody body) {
        Job job = views.owned(session, jobId);
        ReanalysisBody asked = body == null ? new ReanalysisBody(null, null, null) : body;
        reanalysis.start(job, AnalysisChoice.fromText(text(asked.minPauseSeconds()), text(asked.marginSeconds()),
                asked.pictureChecks(), job.options(), name -> "\"" + name + "\""));
        return views.status(views.owned(session, jobId));
    }

    private static String text(Double value) {
        return value == null ? null : value.toString();
    }
}
