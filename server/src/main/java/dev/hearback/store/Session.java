package dev.hearback.store;

import java.time.Instant;

/** A live sign-in session: whose it is and until when it is good. */
public record Session(String userId, Instant expiresAt) {
}
