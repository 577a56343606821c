package dev.hearback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionStoreTest {
    @RegisterExtension
    static final TestDatabases dbs = new TestDatabases();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-10T15:00:00Z"));

    private String newUser(Database db, String sub) {
        return new UserRepository(db, TokenCipher.fromKeyset(TokenCipher.newKeysetJson()))
                .upsert(sub, sub + "@example.com").id();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void createdTokenFindsItsUserUntilItExpires(Backend backend) {
        Database db = dbs.open(backend);
        String user = newUser(db, "a");
        SessionStore sessions = new SessionStore(db, clock);
        IssuedSession issued = sessions.create(user, Duration.ofDays(30));
        assertTrue(issued.token().matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url: " + issued.token());
        assertEquals(clock.instant().plus(Duration.ofDays(30)), issued.expiresAt());
        assertEquals(Optional.of(new Session(user, issued.expiresAt())), sessions.find(issued.token()));
        assertFalse(issued.toString().contains(issued.token()), "the token stays out of logs");

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertTrue(sessions.find(issued.token()).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), sessions.find(issued.token()), "expired at expiresAt");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void onlyTheHashIsStored(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        SessionStore sessions = new SessionStore(db, clock);
        IssuedSession issued = sessions.create(newUser(db, "a"), Duration.ofHours(1));
        List<String> stored = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM sessions")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) stored.add(String.valueOf(rs.getObject(i)));
            }
        }
        assertTrue(stored.contains(SessionStore.hash(issued.token())));
        assertTrue(stored.stream().noneMatch(v -> v.contains(issued.token())), stored.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void revokeEndsOneSessionOnly(Backend backend) {
        Database db = dbs.open(backend);
        String user = newUser(db, "a");
        SessionStore sessions = new SessionStore(db, clock);
        IssuedSession phone = sessions.create(user, Duration.ofHours(1));
        IssuedSession laptop = sessions.create(user, Duration.ofHours(1));
        assertNotEquals(phone.token(), laptop.token());
        assertTrue(sessions.revoke(phone.token()));
        assertEquals(Optional.empty(), sessions.find(phone.token()));
        assertTrue(sessions.find(laptop.token()).isPresent());
        assertFalse(sessions.revoke(phone.token()), "already gone");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void revokeAllEndsEverySessionOfTheUser(Backend backend) {
        Database db = dbs.open(backend);
        String alice = newUser(db, "a");
        String bob = newUser(db, "b");
        SessionStore sessions = new SessionStore(db, clock);
        IssuedSession a1 = sessions.create(alice, Duration.ofHours(1));
        IssuedSession a2 = sessions.create(alice, Duration.ofHours(1));
        IssuedSession b1 = sessions.create(bob, Duration.ofHours(1));
        assertEquals(2, sessions.revokeAll(alice));
        assertEquals(Optional.empty(), sessions.find(a1.token()));
        assertEquals(Optional.empty(), sessions.find(a2.token()));
        assertEquals(bob, sessions.find(b1.token()).orElseThrow().userId());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unknownOrMalformedTokensFindNothing(Backend backend) {
        Database db = dbs.open(backend);
        SessionStore sessions = new SessionStore(db, clock);
        IssuedSession issued = sessions.create(newUser(db, "a"), Duration.ofHours(1));
        assertEquals(Optional.empty(), sessions.find(null));
        assertEquals(Optional.empty(), sessions.find(""));
        assertEquals(Optional.empty(), sessions.find("' OR 1=1 --"));
        assertEquals(Optional.empty(), sessions.find(SessionStore.hash(issued.token())), "the hash is not a token");
        assertEquals(Optional.empty(), sessions.find(issued.token().substring(1)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void expiredSessionsArePurged(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        String user = newUser(db, "a");
        SessionStore sessions = new SessionStore(db, clock);
        sessions.create(user, Duration.ofMinutes(5));
        sessions.create(user, Duration.ofMinutes(5));
        IssuedSession longer = sessions.create(user, Duration.ofDays(1));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(2, sessions.purgeExpired());
        assertEquals(1, count(db));
        assertTrue(sessions.find(longer.token()).isPresent());
        assertThrows(IllegalArgumentException.class, () -> sessions.create(user, Duration.ZERO));
    }

    private static int count(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sessions")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
