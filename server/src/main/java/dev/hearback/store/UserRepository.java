package dev.hearback.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Users, found by Google's subject id, and their Google refresh token. The token is stored only
 * as Tink AEAD ciphertext whose associated data is the user id, never in clear.
 */
public final class UserRepository {
    private static final String COLUMNS = "id, google_sub, email, created_at";

    private final Sql sql;
    private final TokenCipher cipher;
    private final Clock clock;

    public UserRepository(Database db, TokenCipher cipher) {
        this(db, cipher, Clock.systemUTC());
    }

    public UserRepository(Database db, TokenCipher cipher, Clock clock) {
        this.sql = new Sql(db.dataSource());
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The user with this Google subject id, created on first sign-in; a later sign-in keeps the id
     * and refreshes the email (a Google account's address can change, its sub cannot).
     */
    public User upsert(String googleSub, String email) {
        requireText(googleSub, "googleSub");
        requireText(email, "email");
        long now = clock.millis();
        return sql.one("INSERT INTO users (id, google_sub, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (google_sub) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at "
                        + "RETURNING " + COLUMNS,
                UserRepository::user, UUID.randomUUID().toString(), googleSub, email, now, now).orElseThrow();
    }

    public Optional<User> find(String userId) {
        return sql.one("SELECT " + COLUMNS + " FROM users WHERE id = ?", UserRepository::user, userId);
    }

    public Optional<User> findByGoogleSub(String googleSub) {
        return sql.one("SELECT " + COLUMNS + " FROM users WHERE google_sub = ?", UserRepository::user, googleSub);
    }

    /** Encrypts and stores the refresh token; false when there is no such user. */
    public boolean saveRefreshToken(String userId, String refreshToken) {
        requireText(refreshToken, "refreshToken");
        String enc = Base64.getEncoder().encodeToString(cipher.encrypt(refreshToken, userId));
        return sql.update("UPDATE users SET refresh_token_enc = ?, updated_at = ? WHERE id = ?",
                enc, clock.millis(), userId) == 1;
    }

    /**
     * The decrypted refresh token, empty when none is stored (never granted, or cleared).
     *
     * @throws TokenCipher.DecryptionException when the stored ciphertext does not decrypt; the
     *     caller should send the user through Google consent again
     */
    public Optional<String> refreshToken(String userId) {
        return sql.one("SELECT refresh_token_enc FROM users WHERE id = ? AND refresh_token_enc IS NOT NULL",
                        rs -> rs.getString(1), userId)
                .map(enc -> cipher.decrypt(decodeStored(enc), userId));
    }

    /** Forgets the refresh token (the user revoked access, or Google said it is no longer valid). */
    public void clearRefreshToken(String userId) {
        sql.update("UPDATE users SET refresh_token_enc = NULL, updated_at = ? WHERE id = ?", clock.millis(), userId);
    }

    /** Deletes the user and, by cascade, their sessions, settings, thread state and sync cursor. */
    public boolean delete(String userId) {
        return sql.update("DELETE FROM users WHERE id = ?", userId) == 1;
    }

    private static byte[] decodeStored(String enc) {
        try {
            return Base64.getDecoder().decode(enc);
        } catch (IllegalArgumentException e) {
            throw new TokenCipher.DecryptionException("the stored refresh token is not base64 ciphertext", e);
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("google_sub"), rs.getString("email"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }
}
