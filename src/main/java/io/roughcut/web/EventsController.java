package io.roughcut.web;

import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobEvent;
import io.roughcut.pipeline.JobEvents;
import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/videos/{jobId}/events}: Server-Sent Events. First a {@code status} event with the whole
 * status, then {@code state} and {@code chunk} events as they happen; the stream ends when the job does.
 */
@Tag(name = "Jobs")
@RestController
class EventsController {

    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final JobViews views;
    private final JobEvents events;

    EventsController(JobViews views, JobEvents events) {
        this.views = views;
        this.events = events;
    }

    @Operation(summary = "Follow a job live", description = "Server-Sent Events: first \"status\" with the whole "
            + "status, then \"state\" and \"chunk\" events as they happen; the stream ends when the job does.")
    @ApiResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(implementation = JobEvent.class)))
    @ApiResponse(responseCode = "404", description = "No such job in this session")
    @GetMapping(path = "/api/videos/{jobId}/events", produces = "text/event-stream")
    SseEmitter events(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                      @PathVariable UUID jobId)
            throws IOException {
        Job job = views.owned(session, jobId);
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        AtomicReference<AutoCloseable> subscription = new AtomicReference<>();
        subscription.set(events.subscribe(job.id(), event -> {
            // The cut video's render has a stream of its own (RenderController).
            if (!JobEvent.RENDER.equals(event.type())) {
                send(emitter, event);
            }
        }));
        Runnable unsubscribe = () -> {
            try {
                subscription.get().close();
            } catch (Exception ignored) {
                // Closing an in-memory subscription cannot fail.
            }
        };
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(e -> unsubscribe.run());
        // Sent after subscribing, so no change between the two is missed.
        Job now = views.owned(session, jobId);
        emitter.send(SseEmitter.event().name("status").data(views.status(now)));
        if (now.state().isFinished()) {
            emitter.complete();
        }
        return emitter;
    }

    private static void send(SseEmitter emitter, JobEvent event) {
        try {
            emitter.send(SseEmitter.event().name(event.type()).data(event));
            if (event.chunkIndex() == null && isFinished(event.state())) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    private static boolean isFinished(String state) {
        return state.equals("complete") || state.equals("partial") || state.equals("failed");
    }
}
