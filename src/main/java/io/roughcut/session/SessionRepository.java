package io.roughcut.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code sessions} table. Looks sessions up by the hash of their token only. Thread-safe. */
@Component
public final class SessionRepository {

    private final JdbcClient jdbc;

    public SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Session session, String tokenHash) {
        jdbc.sql("INSERT INTO sessions (id, token_hash, created_at, last_accessed, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(session.id(), tokenHash, session.createdAt(), session.lastAccessed(), session.expiresAt())
                .update();
    }

    /** The live session with this token hash; an expired one is as good as none. */
    public Optional<Session> findLive(String tokenHash, OffsetDateTime now) {
        return jdbc.sql("SELECT id, created_at, last_accessed, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?")
                .params(tokenHash, now).query(SessionRepository::map).optional();
    }

    /** Slides the expiry: the session lives until {@code expiresAt} after this use. */
    public void touch(UUID id, OffsetDateTime now, OffsetDateTime expiresAt) {
        jdbc.sql("UPDATE sessions SET last_accessed = ?, expires_at = ? WHERE id = ?").params(now, expiresAt, id).update();
    }

    public void setExpiry(UUID id, OffsetDateTime expiresAt) {
        jdbc.sql("UPDATE sessions SET expires_at = ? WHERE id = ?").params(expiresAt, id).update();
    }

    public List<UUID> listExpired(OffsetDateTime now) {
        return jdbc.sql("SELECT id FROM sessions WHERE expires_at <= ?").param(now).query(UUID.class).list();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM sessions WHERE id = ?").param(id).update();
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class));
    }
}
