package io.roughcut.upload;

import io.roughcut.pipeline.JobState;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a session already holds, for its limits, and what unfinished uploads still have to write. Thread-safe. */
@Component
final class SessionUsage {

    private final JdbcClient jdbc;

    SessionUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Bytes of the session's videos as uploaded: its jobs' originals and its unfinished uploads' declared lengths. */
    long storedBytes(UUID sessionId) {
        long jobs = jdbc.sql("SELECT COALESCE(SUM(file_size), 0) FROM video_jobs WHERE session_id = ?").param(sessionId)
                .query(Long.class).single();
        long uploads = jdbc.sql("SELECT COALESCE(SUM(declared_length), 0) FROM uploads WHERE session_id = ? "
                        + "AND job_id IS NULL AND expires_at > ?").params(sessionId, now())
                .query(Long.class).single();
        return jobs + uploads;
    }

    /** The session's jobs that are not finished yet. */
    int jobsUnderWay(UUID sessionId) {
        List<String> underWay = Arrays.stream(JobState.values()).filter(s -> !s.isFinished()).map(Enum::name).toList();
        return jdbc.sql("SELECT COUNT(*) FROM video_jobs WHERE session_id = :session AND state IN (:states)")
                .param("session", sessionId).param("states", underWay).query(Integer.class).single();
    }

    /** Bytes that all unfinished uploads, of every session, have declared and not yet sent. */
    long pendingBytes() {
        return jdbc.sql("SELECT COALESCE(SUM(declared_length - upload_offset), 0) FROM uploads WHERE job_id IS NULL "
                + "AND expires_at > ?").param(now()).query(Long.class).single();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
