package dev.hearback.store;

import java.time.Instant;

/**
 * A Google account that signed in to Hearback.
 *
 * @param id        Hearback's own id (a random UUID), used as the key everywhere else
 * @param googleSub Google's stable account id (the ID token's {@code sub})
 * @param email     the account's address as Google last reported it
 */
public record User(String id, String googleSub, String email, Instant createdAt) {
}
