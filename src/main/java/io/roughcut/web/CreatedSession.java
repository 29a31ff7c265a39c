package io.roughcut.web;

import io.roughcut.session.NewSession;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session just started. Immutable.
 *
 * @param sessionId the secret token: send it as {@code X-Session-Id} (the cookie holds the same); it is shown
 *                  only here
 * @param id        the session's public id, as {@code GET /api/sessions/current} shows it
 */
@Schema(name = "CreatedSession")
public record CreatedSession(@Schema(example = "3q2-7wEhRc6vbvAcHMBb7ixMJzmrZBfLfb8vsz1SdQ4") String sessionId, UUID id,
                             OffsetDateTime createdAt, OffsetDateTime lastAccessed, OffsetDateTime expiresAt) {

    static CreatedSession of(NewSession created) {
        var s = created.session();
        return new CreatedSession(created.token(), s.id(), s.createdAt(), s.lastAccessed(), s.expiresAt());
    }
}
