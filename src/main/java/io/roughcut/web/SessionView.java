package io.roughcut.web;

import io.roughcut.session.Session;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An anonymous session as its owner sees it. {@code id} is public; the token that proves the session is never
 * shown again after it was created. Times in UTC. Immutable.
 */
@Schema(name = "Session")
public record SessionView(UUID id, OffsetDateTime createdAt, OffsetDateTime lastAccessed, OffsetDateTime expiresAt) {

    static SessionView of(Session s) {
        return new SessionView(s.id(), s.createdAt(), s.lastAccessed(), s.expiresAt());
    }
}
