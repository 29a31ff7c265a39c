package io.roughcut.session;

/** A session just created, with the secret token the client must present from now on. Immutable. */
public record NewSession(Session session, String token) {
}
