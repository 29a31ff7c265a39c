package io.roughcut.web;

import io.roughcut.media.Normalization;
import io.roughcut.pipeline.Chunk;
import io.roughcut.pipeline.ChunkRepository;
import io.roughcut.pipeline.ChunkState;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.review.Reviews;
import io.roughcut.session.Session;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    JobViews(JobRepository jobs, ChunkRepository chunks, Reviews reviews, JsonMapper json) {
        this.json = json;
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

    Map<String, Object> status(Job job) {
        List<Chunk> all = chunks.list(job.id());
        long complete = count(all, ChunkState.COMPLETE);
        long failed = count(all, ChunkState.FAILED);
        Map<String, Object> chunkCounts = new LinkedHashMap<>();
        chunkCounts.put("total", all.size());
        chunkCounts.put("complete", complete);
        chunkCounts.put("processing", count(all, ChunkState.PROCESSING));
        chunkCounts.put("pending", count(all, ChunkState.PENDING));
        chunkCounts.put("failed", failed);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", job.id());
        m.put("status", job.state().id());
        m.put("progress", job.progress());
        m.put("analyzer", job.analyzer());
        m.put("fileName", job.fileName());
        m.put("fileSize", job.fileSize());
        m.put("originalFormat", job.originalFormat());
        m.put("conversionRequired", job.normalization() != null
                && !job.normalization().equals(Normalization.AS_IS.id()));
        m.put("normalization", job.normalization());
        m.put("durationSeconds", job.durationSeconds());
        m.put("chunks", chunkCounts);
        m.put("estimatedCompletion", estimate(job, complete + failed, all.size()));
        m.put("error", job.errorMessage());
        m.put("shared", job.shareToken() != null);
        m.put("createdAt", job.createdAt());
        m.put("completedAt", job.completedAt());
        return m;
    }

    List<Map<String, Object>> chunks(Job job) {
        return chunks.list(job.id()).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", c.index());
            m.put("status", c.state().id());
            m.put("start", c.start());
            m.put("end", c.end());
            m.put("duration", Math.round((c.end() - c.start()) * 1000) / 1000.0);
            m.put("sizeBytes", c.sizeBytes());
            m.put("cutsFound", c.cutsFound());
            m.put("attempts", c.attempts());
            m.put("error", c.errorMessage());
            return m;
        }).toList();
    }

    /** The result JSON as the reviewer left it: their edits and decisions applied. Every export reads this. */
    String results(Job job) {
        return reviews.result(job.id()).orElseThrow(() -> notReady(job));
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

    private static long count(List<Chunk> all, ChunkState state) {
        return all.stream().filter(c -> c.state() == state).count();
    }

    private static OffsetDateTime estimate(Job job, long done, int total) {
        if (job.state().isFinished() || done == 0 || total == 0 || job.startedAt() == null) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Duration perChunk = Duration.between(job.startedAt(), now).dividedBy(done);
        return now.plus(perChunk.multipliedBy(total - done));
    }
}
