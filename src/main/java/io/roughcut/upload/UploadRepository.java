package io.roughcut.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code uploads} table. Thread-safe. */
@Component
final class UploadRepository {

    private static final String COLUMNS = "id, session_id, file_name, declared_length, upload_offset, job_id, created_at, expires_at, analyzer";

    private final JdbcClient jdbc;

    UploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Upload u) {
        jdbc.sql("INSERT INTO uploads (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(u.id(), u.sessionId(), u.fileName(), u.declaredLength(), u.offset(), u.jobId(), u.createdAt(),
                        u.expiresAt(), u.analyzer())
                .update();
    }

    Optional<Upload> findOwned(UUID id, UUID sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploads WHERE id = ? AND session_id = ?").params(id, sessionId)
                .query(UploadRepository::map).optional();
    }

    void setOffset(UUID id, long offset) {
        jdbc.sql("UPDATE uploads SET upload_offset = ? WHERE id = ?").params(offset, id).update();
    }

    void setJob(UUID id, UUID jobId) {
        jdbc.sql("UPDATE uploads SET job_id = ? WHERE id = ?").params(jobId, id).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM uploads WHERE id = ?").param(id).update();
    }

    List<UUID> listExpired(OffsetDateTime now) {
        return jdbc.sql("SELECT id FROM uploads WHERE expires_at <= ?").param(now).query(UUID.class).list();
    }

    List<UUID> listAll() {
        return jdbc.sql("SELECT id FROM uploads").query(UUID.class).list();
    }

    private static Upload map(ResultSet rs, int row) throws SQLException {
        return new Upload(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4),
                rs.getLong(5), rs.getObject(6, UUID.class), rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class), rs.getString(9));
    }
}
