/**
 * Anonymous sessions: a random cookie token of which only a SHA-256 hash is stored, sliding 30-day expiry,
 * and an hourly clean-up that deletes expired sessions with their jobs and files.
 */
package io.roughcut.session;
