package io.roughcut.session;

/**
 * The session a token proves, at the start of a request. Immutable.
 *
 * @param renewed true when this use moved the session's expiry, so a cookie holding the token should be sent
 *                again with the new lifetime
 */
public record ResolvedSession(Session session, boolean renewed) {
}
