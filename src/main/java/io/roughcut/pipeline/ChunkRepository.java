package io.roughcut.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code video_chunks} table. A chunk's result is written to its own row, so a rerun overwrites it. Thread-safe. */
@Component
public final class ChunkRepository {

    private static final String COLUMNS = "job_id, chunk_index, start_seconds, end_seconds, file_end_seconds, size_bytes, "
            + "blob_key, state, attempts, cuts_found, segments_json, usage_json, error_message";

    private final JdbcClient jdbc;

    public ChunkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the chunks of a freshly prepared job, dropping those of an earlier, interrupted prepare. */
    public void replaceAll(UUID jobId, List<Chunk> chunks) {
        jdbc.sql("DELETE FROM video_chunks WHERE job_id = ?").param(jobId).update();
        for (Chunk c : chunks) {
            jdbc.sql("INSERT INTO video_chunks (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL, NULL, NULL)")
                    .params(jobId, c.index(), c.start(), c.end(), c.fileEnd(), c.sizeBytes(), c.blobKey(),
                            c.state().name())
                    .update();
        }
    }

    /** Makes every chunk of the job pending again, its results forgotten, for a new analysis of the same files. */
    void resetForAnalysis(UUID jobId) {
        jdbc.sql("UPDATE video_chunks SET state = 'PENDING', attempts = 0, cuts_found = NULL, segments_json = NULL, "
                        + "usage_json = NULL, error_message = NULL, started_at = NULL, completed_at = NULL, measured = 0 "
                        + "WHERE job_id = ?")
                .param(jobId).update();
    }

    public List<Chunk> list(UUID jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM video_chunks WHERE job_id = ? ORDER BY chunk_index")
                .param(jobId).query(ChunkRepository::map).list();
    }

    public Optional<Chunk> find(UUID jobId, int index) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM video_chunks WHERE job_id = ? AND chunk_index = ?")
                .params(jobId, index).query(ChunkRepository::map).optional();
    }

    public void markProcessing(UUID jobId, int index) {
        jdbc.sql("UPDATE video_chunks SET state = 'PROCESSING', attempts = attempts + 1, started_at = ?, "
                        + "measured = 0, error_message = NULL WHERE job_id = ? AND chunk_index = ?")
                .params(JobRepository.now(), jobId, index).update();
    }

    /** Stores the chunk's result in place; a second run for the same chunk overwrites, never adds. */
    public void markComplete(UUID jobId, int index, int cutsFound, String segmentsJson, String usageJson) {
        jdbc.sql("UPDATE video_chunks SET state = 'COMPLETE', cuts_found = ?, segments_json = ?, usage_json = ?, "
                        + "error_message = NULL, completed_at = ? WHERE job_id = ? AND chunk_index = ?")
                .params(cutsFound, segmentsJson, usageJson, JobRepository.now(), jobId, index).update();
    }

    public void markFailed(UUID jobId, int index, String message) {
        jdbc.sql("UPDATE video_chunks SET state = 'FAILED', error_message = ?, completed_at = ? "
                        + "WHERE job_id = ? AND chunk_index = ?")
                .params(message, JobRepository.now(), jobId, index).update();
    }

    /** Puts a chunk whose try failed but will be retried back to pending, keeping the error for display. */
    public void markRetrying(UUID jobId, int index, String message) {
        jdbc.sql("UPDATE video_chunks SET state = 'PENDING', error_message = ? WHERE job_id = ? AND chunk_index = ?")
                .params(message, jobId, index).update();
    }

    /** How much of a chunk that is being analysed has been measured so far, 0 to 1. */
    public void setMeasured(UUID jobId, int index, double fraction) {
        jdbc.sql("UPDATE video_chunks SET measured = ? WHERE job_id = ? AND chunk_index = ? AND state = 'PROCESSING'")
                .params(Math.min(1, Math.max(0, fraction)), jobId, index).update();
    }

    /**
     * How much of the job's recording has been measured, 0 to 1: each chunk weighs its length, and a finished
     * or failed chunk counts whole. Zero before the job has chunks.
     */
    public double measuredShare(UUID jobId) {
        return jdbc.sql("SELECT COALESCE(SUM((end_seconds - start_seconds) * CASE WHEN state IN ('COMPLETE', 'FAILED') "
                        + "THEN 1 ELSE measured END), 0) / GREATEST(COALESCE(SUM(end_seconds - start_seconds), 0), 1e-9) "
                        + "FROM video_chunks WHERE job_id = ?")
                .param(jobId).query(Double.class).single();
    }

    /** How many chunks of the job are still pending or processing. */
    public int countUnfinished(UUID jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM video_chunks WHERE job_id = ? AND state IN ('PENDING', 'PROCESSING')")
                .param(jobId).query(Integer.class).single();
    }

    static Chunk map(ResultSet rs, int row) throws SQLException {
        return new Chunk(rs.getObject("job_id", UUID.class), rs.getInt("chunk_index"), rs.getDouble("start_seconds"),
                rs.getDouble("end_seconds"), rs.getDouble("file_end_seconds"), rs.getLong("size_bytes"),
                rs.getString("blob_key"), ChunkState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getObject("cuts_found", Integer.class), rs.getString("segments_json"), rs.getString("usage_json"),
                rs.getString("error_message"));
    }
}
