package io.roughcut.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Creates anonymous sessions and resolves tokens to them, sliding the expiry on each use. Thread-safe. */
@Component
public final class Sessions {

    private final SessionRepository repository;
    private final Duration lifetime;

    public Sessions(SessionRepository repository, @Value("${roughcut.session.lifetime:30d}") Duration lifetime) {
        this.repository = repository;
        this.lifetime = lifetime;
    }

    public NewSession create() {
        OffsetDateTime now = now();
        Session session = new Session(UUID.randomUUID(), now, now, now.plus(lifetime));
        String token = SessionTokens.newToken();
        repository.insert(session, SessionTokens.hash(token));
        return new NewSession(session, token);
    }

    /** The live session this token proves, with its expiry moved to a lifetime from now. */
    public Optional<ResolvedSession> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        return repository.findLive(SessionTokens.hash(token), now).map(s -> {
            // Writing on every request is wasteful; a minute's precision is plenty for a 30-day expiry.
            if (ChronoUnit.SECONDS.between(s.lastAccessed(), now) < 60) {
                return new ResolvedSession(s, false);
            }
            OffsetDateTime expires = now.plus(lifetime);
            repository.touch(s.id(), now, expires);
            return new ResolvedSession(new Session(s.id(), s.createdAt(), now, expires), true);
        });
    }

    public Duration lifetime() {
        return lifetime;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
