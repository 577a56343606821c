package dev.hearback.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * OAuth sign-in state kept in the database rather than in memory, so that Google's callback works
 * whichever server instance it reaches. Each state can be taken once: a replayed callback, or
 * two racing ones, find nothing.
 */
public final class OAuthStateStore {
    private final Sql sql;
    private final Clock clock;

    public OAuthStateStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public OAuthStateStore(Database db, Clock clock) {
        this.sql = new Sql(db.dataSource());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Remembers a sign-in for {@code ttl} (ten minutes is plenty); a reused state is an error. */
    public OAuthState save(String state, String codeVerifier, String redirectUri, Duration ttl) {
        UserRepository.requireText(state, "state");
        UserRepository.requireText(codeVerifier, "codeVerifier");
        UserRepository.requireText(redirectUri, "redirectUri");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) throw new IllegalArgumentException("ttl must be positive");
        Instant now = clock.instant();
        OAuthState saved = new OAuthState(state, codeVerifier, redirectUri, now, now.plus(ttl));
        // Abandoned sign-ins would pile up otherwise; starting a sign-in is a cheap time to sweep.
        purgeExpired();
        sql.update("INSERT INTO oauth_states (state, code_verifier, redirect_uri, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?)",
                state, codeVerifier, redirectUri, now.toEpochMilli(), saved.expiresAt().toEpochMilli());
        return saved;
    }

    /**
     * Removes and returns the sign-in for this state, or empty when it is unknown, already taken
     * or expired. One DELETE ... RETURNING does both, so of two concurrent callers only one gets it.
     */
    public Optional<OAuthState> take(String state) {
        if (state == null || state.isBlank()) return Optional.empty();
        return sql.one("DELETE FROM oauth_states WHERE state = ? "
                                + "RETURNING state, code_verifier, redirect_uri, created_at, expires_at",
                        rs -> new OAuthState(rs.getString(1), rs.getString(2), rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5))),
                        state)
                .filter(s -> s.expiresAt().isAfter(clock.instant()));
    }

    /** Deletes sign-ins that were never completed in time; returns how many. */
    public int purgeExpired() {
        return sql.update("DELETE FROM oauth_states WHERE expires_at <= ?", clock.millis());
    }
}
