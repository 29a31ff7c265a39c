package io.roughcut.upload;

import io.roughcut.pipeline.AnalysisChoice;
import io.roughcut.storage.BlobPart;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code uploads} and {@code upload_parts} tables. A request writes an upload only while it holds the
 * upload's lock, a token with a lease in the row, which works the same whichever API node the request
 * reaches; every write of the upload's state is conditional on that token. Thread-safe.
 */
@Component
final class UploadRepository {

    private static final String COLUMNS = "id, session_id, file_name, declared_length, upload_offset, job_id, created_at, "
            + "expires_at, analyzer, multipart_id, parts_reserved, tail_key, tail_bytes, min_pause_seconds, margin_seconds, "
            + "picture_checks";
    private static final String LEASE = "CURRENT_TIMESTAMP + CAST(:millis AS BIGINT) * INTERVAL '0.001' SECOND";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    UploadRepository(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void insert(Upload u) {
        jdbc.sql("INSERT INTO uploads (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(u.id(), u.sessionId(), u.fileName(), u.declaredLength(), u.offset(), u.jobId(), u.createdAt(),
                        u.expiresAt(), u.analyzer(), u.multipartId(), u.partsReserved(), u.tailKey(), u.tailBytes(),
                        u.options().minPauseSeconds(), u.options().marginSeconds(), u.options().pictureChecks().id())
                .update();
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploads WHERE id = ?").param(id).query(UploadRepository::map).optional();
    }

    Optional<Upload> findOwned(UUID id, UUID sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploads WHERE id = ? AND session_id = ?").params(id, sessionId)
                .query(UploadRepository::map).optional();
    }

    /** Takes the upload's lock for {@code lease}, unless another request holds an unexpired one. */
    boolean lock(UUID id, UUID token, Duration lease) {
        return jdbc.sql("UPDATE uploads SET lock_token = :token, locked_until = " + LEASE + " WHERE id = :id "
                        + "AND (lock_token IS NULL OR locked_until < CURRENT_TIMESTAMP)")
                .param("token", token).param("millis", lease.toMillis()).param("id", id).update() == 1;
    }

    /** Extends the lock; false when another request has taken it over. */
    boolean renew(UUID id, UUID token, Duration lease) {
        return jdbc.sql("UPDATE uploads SET locked_until = " + LEASE + " WHERE id = :id AND lock_token = :token")
                .param("millis", lease.toMillis()).param("id", id).param("token", token).update() == 1;
    }

    void unlock(UUID id, UUID token) {
        jdbc.sql("UPDATE uploads SET lock_token = NULL, locked_until = NULL WHERE id = ? AND lock_token = ?")
                .params(id, token).update();
    }

    /** Hands out the next part number to the lock's holder (and extends its lease), or empty when it lost the lock. */
    OptionalInt reservePart(UUID id, UUID token, Duration lease) {
        return transaction.execute(status -> {
            if (jdbc.sql("UPDATE uploads SET parts_reserved = parts_reserved + 1, locked_until = " + LEASE
                            + " WHERE id = :id AND lock_token = :token")
                    .param("millis", lease.toMillis()).param("id", id).param("token", token).update() != 1) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(jdbc.sql("SELECT parts_reserved FROM uploads WHERE id = ?").param(id)
                    .query(Integer.class).single());
        });
    }

    /** Records a written part, which took in the tail (if any): the upload now stands at {@code offset}. */
    boolean recordPart(UUID id, UUID token, BlobPart part, long offset) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (jdbc.sql("UPDATE uploads SET upload_offset = ?, tail_key = NULL, tail_bytes = 0 WHERE id = ? AND lock_token = ?")
                    .params(offset, id, token).update() != 1) {
                return false;
            }
            jdbc.sql("INSERT INTO upload_parts (upload_id, part_number, size_bytes, etag) VALUES (?, ?, ?, ?)")
                    .params(id, part.number(), part.sizeBytes(), part.etag()).update();
            return true;
        }));
    }

    /** Records a new tail blob: the upload now stands at {@code offset}. */
    boolean recordTail(UUID id, UUID token, String tailKey, long tailBytes, long offset) {
        return jdbc.sql("UPDATE uploads SET upload_offset = ?, tail_key = ?, tail_bytes = ? WHERE id = ? AND lock_token = ?")
                .params(offset, tailKey, tailBytes, id, token).update() == 1;
    }

    List<BlobPart> parts(UUID id) {
        return jdbc.sql("SELECT part_number, size_bytes, etag FROM upload_parts WHERE upload_id = ? ORDER BY part_number")
                .param(id).query((rs, i) -> new BlobPart(rs.getInt(1), rs.getLong(2), rs.getString(3))).list();
    }

    void setJob(UUID id, UUID jobId) {
        jdbc.sql("UPDATE uploads SET job_id = ?, tail_key = NULL, tail_bytes = 0 WHERE id = ?").params(jobId, id).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM uploads WHERE id = ?").param(id).update();
    }

    List<Upload> listExpired(OffsetDateTime now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploads WHERE expires_at <= ?").param(now).query(UploadRepository::map).list();
    }

    /** Uploads whose every byte arrived but that have no job: their request ended (or crashed) in between. */
    List<Upload> listCompleteWithoutJob() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploads WHERE job_id IS NULL AND upload_offset = declared_length "
                + "AND (lock_token IS NULL OR locked_until < CURRENT_TIMESTAMP)").query(UploadRepository::map).list();
    }

    private static Upload map(ResultSet rs, int row) throws SQLException {
        return new Upload(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class), rs.getString("file_name"),
                rs.getLong("declared_length"), rs.getLong("upload_offset"), rs.getObject("job_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getString("analyzer"), AnalysisChoice.stored(rs.getObject("min_pause_seconds", Double.class),
                        rs.getObject("margin_seconds", Double.class), rs.getString("picture_checks")),
                rs.getString("multipart_id"), rs.getInt("parts_reserved"), rs.getString("tail_key"),
                rs.getLong("tail_bytes"));
    }
}
