package io.roughcut.web;

import io.roughcut.cutlist.CutList;
import io.roughcut.export.ExportFormat;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobEvent;
import io.roughcut.pipeline.JobEvents;
import io.roughcut.pipeline.Render;
import io.roughcut.pipeline.RenderState;
import io.roughcut.pipeline.Renders;
import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rendered cut video, the {@code mp4} export: rendered in the background by a render task, of the review
 * as it is when it is asked for, then downloaded (or played, with byte ranges) from the same address. While it
 * renders, that address answers 202 with how far it is. The owner starts renders; a share link only sees the
 * owner's render of the review as it is now.
 */
@Tag(name = "Jobs")
@RestController
class RenderController {

    /** How long a client polling for the video should wait between asks. */
    private static final String RETRY_SECONDS = "2";
    private static final long EVENTS_TIMEOUT_MS = 3 * 60 * 60 * 1000L;
    private static final String SHARED_HINT = "Ask its owner to render it on their page.";

    private final JobViews views;
    private final Renders renders;
    private final MediaRanges media;
    private final JobEvents events;
    private final JsonMapper json;

    RenderController(JobViews views, Renders renders, MediaRanges media, JobEvents events, JsonMapper json) {
        this.json = json;
        this.views = views;
        this.renders = renders;
        this.media = media;
        this.events = events;
    }

    @Operation(summary = "Render the cut video", description = "Starts rendering the video with the accepted cuts "
            + "removed (rejected cuts and cuts still to review stay in), as the review is now. Asking again for the "
            + "same review changes nothing; a changed review renders again; a failed render is tried again.")
    @ApiResponse(responseCode = "200", description = "Already rendered: download it from url")
    @ApiResponse(responseCode = "202", description = "Queued or rendering: follow /mp4/events or ask /mp4/status")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @ApiResponse(responseCode = "409", description = "The job has no results yet, or its review cuts everything")
    @PostMapping("/api/export/{jobId}/mp4")
    ResponseEntity<RenderStatus> render(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                        @PathVariable UUID jobId) {
        Job job = views.owned(session, jobId);
        Render render = renders.request(job, views.cutList(job));
        return ResponseEntity.status(render.state() == RenderState.DONE ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(views.render(job, render, ownerUrl(job)));
    }

    @Operation(summary = "Download the cut video", description = "The video with the accepted cuts removed, as an "
            + "attachment named after the uploaded video, with byte ranges for players. Until it is rendered this "
            + "starts the render (as POST does) and answers 202 with its state: ask again after Retry-After.")
    @ApiResponse(responseCode = "200", description = "The rendered video",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "202", description = "Queued or rendering",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RenderStatus.class)))
    @ApiResponse(responseCode = "206", description = "The range asked for",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "302", description = "The video, from the bucket's short-lived link")
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @ApiResponse(responseCode = "409", description = "The job has no results yet, or its review cuts everything")
    @ApiResponse(responseCode = "416", description = "The range is outside the video")
    @ApiResponse(responseCode = "503", description = "Rendering failed on the server; the message says what to do")
    @GetMapping("/api/export/{jobId}/mp4")
    ResponseEntity<StreamingResponseBody> download(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                               @PathVariable UUID jobId, HttpServletRequest request) {
        Job job = views.owned(session, jobId);
        CutList reviewed = views.cutList(job);
        // Spring answers HEAD with this handler; a HEAD must not start what only a GET asks for.
        Render render = HttpMethod.HEAD.matches(request.getMethod())
                ? current(job, reviewed, "Render it first: POST or GET this address.")
                : renders.current(job, reviewed).orElseGet(() -> renders.request(job, reviewed));
        return answer(job, render, ownerUrl(job), request);
    }

    @Operation(summary = "How the cut video's render stands", description = "The render of the review as it is "
            + "now; it starts nothing.")
    @ApiResponse(responseCode = "200", description = "The render")
    @ApiResponse(responseCode = "404", description = "No such job in this session, or the review as it is now was "
            + "never rendered")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @GetMapping("/api/export/{jobId}/mp4/status")
    RenderStatus status(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                        @PathVariable UUID jobId) {
        Job job = views.owned(session, jobId);
        return views.render(job, current(job, "Render it first: POST this address without /status."), ownerUrl(job));
    }

    @Operation(summary = "Follow the cut video's render live", description = "Server-Sent Events: first \"status\" "
            + "with the whole render status, then a \"render\" event (state and percent) as it moves on; the stream "
            + "ends when the render does.")
    @ApiResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(implementation = JobEvent.class)))
    @ApiResponse(responseCode = "404", description = "No such job in this session, or no render of the review as it is")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @GetMapping(path = "/api/export/{jobId}/mp4/events", produces = "text/event-stream")
    SseEmitter follow(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                      @PathVariable UUID jobId) throws IOException {
        Job job = views.owned(session, jobId);
        current(job, "Render it first: POST /api/export/{jobId}/mp4.");
        SseEmitter emitter = new SseEmitter(EVENTS_TIMEOUT_MS);
        AutoCloseable subscription = events.subscribe(job.id(), event -> {
            if (JobEvent.RENDER.equals(event.type())) {
                send(emitter, event);
            }
        });
        Runnable unsubscribe = () -> {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // Closing a subscription cannot fail.
            }
        };
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(e -> unsubscribe.run());
        // Read after subscribing, so no change between the two is missed.
        Render now = current(job, "Render it first.");
        emitter.send(SseEmitter.event().name("status").data(views.render(job, now, ownerUrl(job))));
        if (now.state().isFinished()) {
            emitter.complete();
        }
        return emitter;
    }

    @Operation(summary = "Download the cut video through a share link", description = "The owner's render of the "
            + "review as it is now, with byte ranges; a share link cannot start a render.")
    @ApiResponse(responseCode = "200", description = "The rendered video",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "202", description = "The owner's render is queued or rendering",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RenderStatus.class)))
    @ApiResponse(responseCode = "206", description = "The range asked for",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "302", description = "The video, from the bucket's short-lived link")
    @ApiResponse(responseCode = "404", description = "No such share link, or the owner has not rendered the video")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @ApiResponse(responseCode = "416", description = "The range is outside the video")
    @ApiResponse(responseCode = "503", description = "Rendering failed on the server; the message says what to do")
    @SecurityRequirements
    @GetMapping("/api/shared/{token}/export/mp4")
    ResponseEntity<StreamingResponseBody> shared(@PathVariable String token, HttpServletRequest request) {
        Job job = views.shared(token);
        return answer(job, current(job, SHARED_HINT), sharedUrl(token), request);
    }

    @Operation(summary = "How the cut video's render stands, through a share link", description = "The owner's "
            + "render of the review as it is now.")
    @ApiResponse(responseCode = "200", description = "The render")
    @ApiResponse(responseCode = "404", description = "No such share link, or the owner has not rendered the video")
    @ApiResponse(responseCode = "409", description = "The job has no results yet")
    @SecurityRequirements
    @GetMapping("/api/shared/{token}/export/mp4/status")
    RenderStatus sharedStatus(@PathVariable String token) {
        Job job = views.shared(token);
        return views.render(job, current(job, SHARED_HINT), sharedUrl(token));
    }

    /**
     * The video once rendered, its state while it renders, and a failure as the server's. The state goes out as
     * a streamed body too: Spring streams a body only from a method declared to return one.
     */
    private ResponseEntity<StreamingResponseBody> answer(Job job, Render render, String url, HttpServletRequest request) {
        return switch (render.state()) {
            case DONE -> media.serve(render.blobKey(), "The cut video of " + job.fileName() + " is no longer stored. "
                    + "Render it again.", ExportFormat.MP4.fileName(job.fileName()), request);
            case FAILED -> throw new RenderFailedException(views.render(job, render, url).message());
            case QUEUED, RENDERING -> {
                byte[] status = json.writeValueAsBytes(views.render(job, render, url));
                yield ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.RETRY_AFTER, RETRY_SECONDS)
                        .contentType(MediaType.APPLICATION_JSON).contentLength(status.length).body(out -> out.write(status));
            }
        };
    }

    private Render current(Job job, String whatToDo) {
        return current(job, views.cutList(job), whatToDo);
    }

    private Render current(Job job, CutList reviewed, String whatToDo) {
        return renders.current(job, reviewed).orElseThrow(() -> new NotFoundException("The cut video of "
                + job.fileName() + " has not been rendered for the review as it is now. " + whatToDo));
    }

    private static void send(SseEmitter emitter, JobEvent event) {
        try {
            emitter.send(SseEmitter.event().name(event.type()).data(event));
            if (RenderState.DONE.id().equals(event.state()) || RenderState.FAILED.id().equals(event.state())) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    private static String ownerUrl(Job job) {
        return "/api/export/" + job.id() + "/mp4";
    }

    private static String sharedUrl(String token) {
        return "/api/shared/" + token + "/export/mp4";
    }
}
