package io.roughcut.pipeline;

import io.roughcut.media.KeptRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code job_renders} table: one render per job, of the review as it was when it was asked for. Every
 * write after the request names the kept ranges' hash, so a render that a newer request replaced can no
 * longer change the row. Thread-safe.
 */
@Component
final class RenderRepository {

    private static final String COLUMNS = "job_id, kept_hash, kept_json, blob_key, state, progress, size_bytes, "
            + "duration_seconds, error_message, requested_at, finished_at";
    private static final TypeReference<List<KeptRange>> RANGES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RenderRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Render> find(UUID jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_renders WHERE job_id = ?").param(jobId).query(this::map).optional();
    }

    /** Asks for a render of {@code kept}, replacing whatever render the job had. */
    void request(UUID jobId, KeptRanges kept) {
        String hash = kept.hash();
        jdbc.sql("DELETE FROM job_renders WHERE job_id = ?").param(jobId).update();
        jdbc.sql("INSERT INTO job_renders (job_id, kept_hash, kept_json, blob_key, state, progress, requested_at) "
                        + "VALUES (?, ?, ?, ?, 'QUEUED', 0, ?)")
                .params(jobId, hash, json.writeValueAsString(kept.ranges()), Render.blobKey(jobId, hash),
                        JobRepository.now()).update();
    }

    /** A worker took it up, or gave it back for another try (with why the last one failed). */
    void setState(UUID jobId, String keptHash, RenderState state, String error) {
        jdbc.sql("UPDATE job_renders SET state = ?, progress = 0, error_message = ? WHERE job_id = ? AND kept_hash = ?")
                .params(state.name(), error, jobId, keptHash).update();
    }

    /** Moves the percent on; it never goes back within one try. */
    void setProgress(UUID jobId, String keptHash, int progress) {
        jdbc.sql("UPDATE job_renders SET progress = GREATEST(progress, ?) WHERE job_id = ? AND kept_hash = ? "
                + "AND state = 'RENDERING'").params(progress, jobId, keptHash).update();
    }

    void done(UUID jobId, String keptHash, long sizeBytes, double durationSeconds) {
        jdbc.sql("UPDATE job_renders SET state = 'DONE', progress = 100, size_bytes = ?, duration_seconds = ?, "
                        + "error_message = NULL, finished_at = ? WHERE job_id = ? AND kept_hash = ?")
                .params(sizeBytes, durationSeconds, JobRepository.now(), jobId, keptHash).update();
    }

    void fail(UUID jobId, String keptHash, String message) {
        jdbc.sql("UPDATE job_renders SET state = 'FAILED', error_message = ?, finished_at = ? "
                        + "WHERE job_id = ? AND kept_hash = ?")
                .params(message, JobRepository.now(), jobId, keptHash).update();
    }

    private Render map(ResultSet rs, int row) throws SQLException {
        return new Render(rs.getObject("job_id", UUID.class), rs.getString("kept_hash"),
                new KeptRanges(json.readValue(rs.getString("kept_json"), RANGES)), rs.getString("blob_key"),
                RenderState.valueOf(rs.getString("state")), rs.getInt("progress"),
                rs.getObject("size_bytes", Long.class), rs.getObject("duration_seconds", Double.class),
                rs.getString("error_message"), rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
