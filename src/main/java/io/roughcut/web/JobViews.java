package io.roughcut.web;

import io.roughcut.cutlist.CutList;
import io.roughcut.export.CutListJson;
import io.roughcut.media.Normalization;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.Chunk;
import io.roughcut.pipeline.ChunkRepository;
import io.roughcut.pipeline.ChunkState;
import io.roughcut.pipeline.CompletionEstimate;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.pipeline.ProcessingLog;
import io.roughcut.pipeline.Render;
import io.roughcut.review.Reviews;
import io.roughcut.session.Session;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Looks jobs up for a caller and shapes them for the API: the brief's status fields, chunk rows, results. */
@Component
final class JobViews {

    private final JobRepository jobs;
    private final ChunkRepository chunks;
    private final Reviews reviews;
    private final JsonMapper json;
    private final ProcessingLog log;
    private final PublicText text;

    JobViews(JobRepository jobs, ChunkRepository chunks, Reviews reviews, JsonMapper json, ProcessingLog log,
             @Value("${roughcut.data-dir}") Path dataDir) {
        this.json = json;
        this.log = log;
        this.text = new PublicText(dataDir);
        this.jobs = jobs;
        this.chunks = chunks;
        this.reviews = reviews;
    }

    /** The session's job; anything else, including another session's job, is "not found". */
    Job owned(Session session, UUID jobId) {
        return jobs.findOwned(jobId, session.id())
                .orElseThrow(() -> new NotFoundException("There is no such video in this browser's session. It may have "
                        + "been deleted, or it was uploaded from another browser."));
    }

    Job shared(String token) {
        return jobs.findByShareToken(token)
                .orElseThrow(() -> new NotFoundException("This share link does not exist or was revoked."));
    }

    JobStatus status(Job job) {
        List<Chunk> all = chunks.list(job.id());
        int complete = count(all, ChunkState.COMPLETE);
        int failed = count(all, ChunkState.FAILED);
        var counts = new JobStatus.ChunkCounts(all.size(), complete, count(all, ChunkState.PROCESSING),
                count(all, ChunkState.PENDING), failed);
        Normalization normalization = IdEnums.parse(Normalization.class, job.normalization());
        return new JobStatus(job.id(), job.state(), job.progress(), AnalyzerOption.byId(job.analyzer()).orElse(null),
                job.fileName(), job.fileSize(), job.originalFormat(),
                normalization != null && normalization != Normalization.AS_IS, normalization, job.durationSeconds(),
                counts, CompletionEstimate.of(job, OffsetDateTime.now(ZoneOffset.UTC)),
                text.scrub(job.errorMessage(), job.fileName()),
                job.shareToken() != null, job.createdAt(), job.completedAt(),
                log.notes(job.id()).stream().map(n -> text.scrub(n, job.fileName())).toList(), job.options());
    }

    List<ChunkView> chunks(Job job) {
        return chunks.list(job.id()).stream().map(c -> new ChunkView(c.index(), c.state(), c.start(), c.end(),
                Math.round((c.end() - c.start()) * 1000) / 1000.0, c.sizeBytes(), c.cutsFound(), c.attempts(),
                text.scrub(c.errorMessage(), job.fileName()))).toList();
    }

    /** The job's processing log, oldest first, with no server path in it. */
    List<ProcessingLog.Line> log(Job job) {
        return log.lines(job.id()).stream().map(l -> new ProcessingLog.Line(l.at(), l.level(), l.chunkIndex(),
                text.scrub(l.message(), job.fileName()))).toList();
    }

    /** The result with the person's decisions applied, as the cut list it is. */
    CutList cutList(Job job) {
        return CutListJson.read(results(job));
    }

    /** The result JSON as the reviewer left it: their edits and decisions applied. Every export reads this. */
    String results(Job job) {
        return reviews.result(job.id()).orElseThrow(() -> notReady(job));
    }

    /** The render as the API shows it, downloading from {@code url}; no server path in its message. */
    RenderStatus render(Job job, Render render, String url) {
        return new RenderStatus(render.state(), render.progress(), render.kept().seconds(), render.durationSeconds(),
                render.sizeBytes(), text.scrub(render.errorMessage(), job.fileName()), url);
    }

    static NotReadyException notReady(Job job) {
        return new NotReadyException(job.fileName() + " is " + job.state().id() + "; its cut list is ready when the "
                + "analysis is complete.");
    }

    boolean hasSegment(Job job, String segmentId) {
        for (JsonNode s : json.readTree(results(job)).path("segmentsToRemove")) {
            if (s.path("id").asString().equals(segmentId)) {
                return true;
            }
        }
        return false;
    }

    private static int count(List<Chunk> all, ChunkState state) {
        return (int) all.stream().filter(c -> c.state() == state).count();
    }
}
