package io.roughcut.session;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An anonymous session. {@code id} is public; the cookie token that proves it is never stored. Immutable. */
public record Session(UUID id, OffsetDateTime createdAt, OffsetDateTime lastAccessed, OffsetDateTime expiresAt) {
}
