package dev.hearback.store;

import java.time.Instant;

/**
 * A session just created. {@code token} is the bearer token to hand to the client; it exists only
 * here, in memory: the database keeps its hash, so it cannot be shown again.
 */
public record IssuedSession(String token, String userId, Instant expiresAt) {
    /** Keeps the bearer token out of logs. */
    @Override
    public String toString() {
        return "IssuedSession[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
