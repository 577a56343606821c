package dev.hearback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserRepositoryTest {
    @RegisterExtension
    static final TestDatabases dbs = new TestDatabases();

    private static final String REFRESH = "1//04dXrefresh-token_VALUE.with.dots";
    private final TokenCipher cipher = TokenCipher.fromKeyset(TokenCipher.newKeysetJson());

    @ParameterizedTest
    @EnumSource(Backend.class)
    void upsertCreatesThenUpdatesTheEmailKeepingTheId(Backend backend) {
        UserRepository users = new UserRepository(dbs.open(backend), cipher);
        User created = users.upsert("google-sub-1", "old@example.com");
        User again = users.upsert("google-sub-1", "new@example.com");
        assertEquals(created.id(), again.id());
        assertEquals("new@example.com", again.email());
        assertEquals(created.createdAt(), again.createdAt());
        assertEquals(Optional.of(again), users.find(created.id()));
        assertEquals(Optional.of(again), users.findByGoogleSub("google-sub-1"));
        assertNotEquals(created.id(), users.upsert("google-sub-2", "other@example.com").id());
        assertEquals(Optional.empty(), users.findByGoogleSub("nobody"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void refreshTokenRoundTripsAndIsNotStoredInClear(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        UserRepository users = new UserRepository(db, cipher);
        String id = users.upsert("sub", "a@example.com").id();
        assertEquals(Optional.empty(), users.refreshToken(id));
        assertTrue(users.saveRefreshToken(id, REFRESH));
        assertEquals(Optional.of(REFRESH), users.refreshToken(id));

        String raw = rawColumn(db, id);
        assertFalse(raw.contains(REFRESH), "ciphertext, not the token");
        assertFalse(new String(Base64.getDecoder().decode(raw), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("refresh-token"), "not even inside the base64");

        users.clearRefreshToken(id);
        assertEquals(Optional.empty(), users.refreshToken(id));
        assertFalse(users.saveRefreshToken("no-such-user", REFRESH));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tamperedStoredTokenFailsInsteadOfReturningGarbage(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        UserRepository users = new UserRepository(db, cipher);
        String id = users.upsert("sub", "a@example.com").id();
        users.saveRefreshToken(id, REFRESH);
        byte[] ct = Base64.getDecoder().decode(rawColumn(db, id));
        ct[ct.length / 2] ^= 0x20;
        setRawColumn(db, id, Base64.getEncoder().encodeToString(ct));
        assertThrows(TokenCipher.DecryptionException.class, () -> users.refreshToken(id));
        setRawColumn(db, id, "%%% not base64 %%%");
        assertThrows(TokenCipher.DecryptionException.class, () -> users.refreshToken(id));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void wrongKeyFails(Backend backend) {
        Database db = dbs.open(backend);
        String id = new UserRepository(db, cipher).upsert("sub", "a@example.com").id();
        new UserRepository(db, cipher).saveRefreshToken(id, REFRESH);
        UserRepository otherKey = new UserRepository(db, TokenCipher.fromKeyset(TokenCipher.newKeysetJson()));
        assertThrows(TokenCipher.DecryptionException.class, () -> otherKey.refreshToken(id));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void ciphertextCopiedToAnotherUserDoesNotDecrypt(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        UserRepository users = new UserRepository(db, cipher);
        String alice = users.upsert("sub-a", "a@example.com").id();
        String mallory = users.upsert("sub-m", "m@example.com").id();
        users.saveRefreshToken(alice, REFRESH);
        setRawColumn(db, mallory, rawColumn(db, alice));
        assertThrows(TokenCipher.DecryptionException.class, () -> users.refreshToken(mallory));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletingAUserDeletesEverythingOfTheirs(Backend backend) {
        Database db = dbs.open(backend);
        UserRepository users = new UserRepository(db, cipher);
        String id = users.upsert("sub", "a@example.com").id();
        SessionStore sessions = new SessionStore(db);
        String token = sessions.create(id, Duration.ofHours(1)).token();
        new SettingsRepository(db).put(id, UserSettings.DEFAULTS.withCountry("FR"));
        new ThreadStateRepository(db).update(id, "t1", ThreadStatePatch.empty().dismissed(true));
        new SyncCursorRepository(db).save(id, "12345");

        assertTrue(users.delete(id));
        assertEquals(Optional.empty(), users.find(id));
        assertEquals(Optional.empty(), sessions.find(token));
        assertEquals(UserSettings.DEFAULTS, new SettingsRepository(db).get(id));
        assertTrue(new ThreadStateRepository(db).listForUser(id).isEmpty());
        assertEquals(Optional.empty(), new SyncCursorRepository(db).historyId(id));
        assertFalse(users.delete(id));
    }

    @Test
    void postgresWithoutAKeysetIsRefused() {
        Database db = dbs.open(Backend.POSTGRES);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KeysetLoader.cipherFor(db, Map.of()));
        assertTrue(e.getMessage().contains("HEARBACK_TINK_KEYSET"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void blankInputIsRejected(Backend backend) {
        UserRepository users = new UserRepository(dbs.open(backend), cipher);
        assertThrows(IllegalArgumentException.class, () -> users.upsert(" ", "a@example.com"));
        assertThrows(IllegalArgumentException.class, () -> users.upsert("sub", null));
        String id = users.upsert("sub", "a@example.com").id();
        assertThrows(IllegalArgumentException.class, () -> users.saveRefreshToken(id, ""));
    }

    static String rawColumn(Database db, String userId) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT refresh_token_enc FROM users WHERE id = ?")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    static void setRawColumn(Database db, String userId, String value) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE users SET refresh_token_enc = ? WHERE id = ?")) {
            ps.setString(1, value);
            ps.setString(2, userId);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
