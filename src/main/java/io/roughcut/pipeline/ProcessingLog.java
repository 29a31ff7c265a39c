package io.roughcut.pipeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Log lines about a job, kept in {@code processing_logs} for the person and for support, and also logged. */
@Component
public final class ProcessingLog {

    private static final Logger log = LoggerFactory.getLogger(ProcessingLog.class);

    /** One stored line. Immutable. */
    public record Line(OffsetDateTime at, String level, Integer chunkIndex, String message) {
    }

    /** The level of a {@link #note} line. */
    public static final String NOTE = "note";

    private final JdbcClient jdbc;

    public ProcessingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void info(UUID jobId, Integer chunkIndex, String message) {
        log.info("job {}{}: {}", jobId, chunkIndex == null ? "" : " chunk " + chunkIndex, message);
        write(jobId, chunkIndex, "info", message);
    }

    /** Something the person should know about the result, such as a recording that ended early. */
    public void note(UUID jobId, String message) {
        log.info("job {} note: {}", jobId, message);
        write(jobId, null, NOTE, message);
    }

    public void error(UUID jobId, Integer chunkIndex, String message) {
        log.warn("job {}{}: {}", jobId, chunkIndex == null ? "" : " chunk " + chunkIndex, message);
        write(jobId, chunkIndex, "error", message);
    }

    public List<Line> lines(UUID jobId) {
        return jdbc.sql("SELECT created_at, level, chunk_index, message FROM processing_logs WHERE job_id = ? ORDER BY id")
                .param(jobId)
                .query((rs, i) -> new Line(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getObject(3, Integer.class), rs.getString(4)))
                .list();
    }

    /** The job's {@link #note} lines, oldest first. */
    public List<String> notes(UUID jobId) {
        return jdbc.sql("SELECT message FROM processing_logs WHERE job_id = ? AND level = ? ORDER BY id")
                .params(jobId, NOTE).query(String.class).list();
    }

    private void write(UUID jobId, Integer chunkIndex, String level, String message) {
        try {
            jdbc.sql("INSERT INTO processing_logs (job_id, chunk_index, level, message, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(jobId, chunkIndex, level, message, JobRepository.now()).update();
        } catch (DataIntegrityViolationException jobDeleted) {
            // The job was deleted while a task was still running for it; there is nobody left to read this.
            log.debug("job {} is gone; log line dropped", jobId);
        }
    }
}
