package dev.hearback.store;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in sessions behind opaque bearer tokens. A token is 32 random bytes (base64url, 43 chars);
 * the database holds only its SHA-256, so a leaked copy of the database signs nobody in. With
 * 256 bits of entropy a plain unsalted hash is enough: there is nothing to guess.
 */
public final class SessionStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final Sql sql;
    private final Clock clock;

    public SessionStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public SessionStore(Database db, Clock clock) {
        this.sql = new Sql(db.dataSource());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new session for the user, good for {@code ttl}; the returned token is the only copy. */
    public IssuedSession create(String userId, Duration ttl) {
        UserRepository.requireText(userId, "userId");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) throw new IllegalArgumentException("ttl must be positive");
        byte[] raw = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        // Sign-ins are rare, so this is a cheap moment to drop dead rows without a cron job.
        purgeExpired();
        sql.update("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                hash(token), userId, now.toEpochMilli(), expires.toEpochMilli());
        return new IssuedSession(token, userId, expires);
    }

    /** The session behind a bearer token, if it exists, is not revoked and has not expired. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return sql.one("SELECT user_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?",
                rs -> new Session(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))),
                hash(token), clock.millis());
    }

    /** Ends a session (sign-out); false when there was none. */
    public boolean revoke(String token) {
        if (token == null || token.isBlank()) return false;
        return sql.update("DELETE FROM sessions WHERE token_hash = ?", hash(token)) == 1;
    }

    /** Ends every session of a user (sign out everywhere, access revoked at Google). */
    public int revokeAll(String userId) {
        return sql.update("DELETE FROM sessions WHERE user_id = ?", userId);
    }

    /** Deletes expired sessions; returns how many. */
    public int purgeExpired() {
        return sql.update("DELETE FROM sessions WHERE expires_at <= ?", clock.millis());
    }

    /** Hex SHA-256 of the token as stored in {@code sessions.token_hash}. */
    static String hash(String token) {
        return Hashing.sha256().hashString(token, StandardCharsets.UTF_8).toString();
    }
}
