package dev.hearback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.plan.Stage;
import dev.hearback.store.ThreadState.Correction;
import dev.hearback.store.ThreadState.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThreadStateRepositoryTest {
    @RegisterExtension
    static final TestDatabases dbs = new TestDatabases();

    private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);

    private static String newUser(Database db, String sub) {
        return new UserRepository(db, TokenCipher.fromKeyset(TokenCipher.newKeysetJson()))
                .upsert(sub, sub + "@example.com").id();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUntouchedThreadHasNoState(Backend backend) {
        Database db = dbs.open(backend);
        ThreadStateRepository threads = new ThreadStateRepository(db);
        String user = newUser(db, "a");
        assertEquals(ThreadState.none("18c2f0a1b2c3d4e5"), threads.get(user, "18c2f0a1b2c3d4e5"));
        assertTrue(threads.listForUser(user).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eachPatchChangesOnlyItsFields(Backend backend) {
        Database db = dbs.open(backend);
        ThreadStateRepository threads = new ThreadStateRepository(db);
        String user = newUser(db, "a");
        String t = "18c2f0a1b2c3d4e5";

        assertEquals(new ThreadState(t, NOV_24, false, null, null),
                threads.update(user, t, ThreadStatePatch.empty().snoozedUntil(NOV_24)));
        assertEquals(new ThreadState(t, NOV_24, false, Correction.IS_INTERVIEW, null),
                threads.update(user, t, ThreadStatePatch.empty().correction(Correction.IS_INTERVIEW)));
        assertEquals(new ThreadState(t, NOV_24, true, Correction.IS_INTERVIEW, Outcome.OFFER),
                threads.update(user, t, ThreadStatePatch.empty().outcome(Outcome.OFFER).dismissed(true)));
        assertEquals(new ThreadState(t, null, true, Correction.IS_INTERVIEW, Outcome.OFFER),
                threads.update(user, t, ThreadStatePatch.empty().snoozedUntil(null)), "null unsnoozes");
        assertEquals(new ThreadState(t, null, false, null, Outcome.OFFER),
                threads.update(user, t, ThreadStatePatch.empty().dismissed(false).correction(null)));
        assertEquals(new ThreadState(t, null, false, null, Outcome.OFFER),
                threads.update(user, t, ThreadStatePatch.empty()), "an empty patch changes nothing");
        assertEquals(new ThreadState(t, null, false, null, Outcome.OFFER), threads.get(user, t), "read back");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theFirstPatchOfAThreadCanSetEverything(Backend backend) {
        Database db = dbs.open(backend);
        String user = newUser(db, "a");
        ThreadState all = new ThreadStateRepository(db).update(user, "t", ThreadStatePatch.empty()
                .snoozedUntil(NOV_24).dismissed(true).correction(Correction.NOT_INTERVIEW).outcome(Outcome.WITHDRAWN));
        assertEquals(new ThreadState("t", NOV_24, true, Correction.NOT_INTERVIEW, Outcome.WITHDRAWN), all);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void listShowsOnlyTheUsersOwnThreads(Backend backend) {
        Database db = dbs.open(backend);
        ThreadStateRepository threads = new ThreadStateRepository(db);
        String alice = newUser(db, "a");
        String bob = newUser(db, "b");
        threads.update(alice, "t2", ThreadStatePatch.empty().dismissed(true));
        threads.update(alice, "t1", ThreadStatePatch.empty().outcome(Outcome.REJECTED));
        threads.update(bob, "t1", ThreadStatePatch.empty().snoozedUntil(NOV_24));

        assertEquals(List.of(new ThreadState("t1", null, false, null, Outcome.REJECTED),
                new ThreadState("t2", null, true, null, null)), threads.listForUser(alice));
        assertEquals(List.of(new ThreadState("t1", NOV_24, false, null, null)), threads.listForUser(bob));
        assertEquals(ThreadState.none("t2"), threads.get(bob, "t2"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void stateForAnUnknownUserIsRefused(Backend backend) {
        ThreadStateRepository threads = new ThreadStateRepository(dbs.open(backend));
        assertThrows(StoreException.class,
                () -> threads.update("no-such-user", "t", ThreadStatePatch.empty().dismissed(true)));
        assertThrows(IllegalArgumentException.class,
                () -> threads.update("u", " ", ThreadStatePatch.empty().dismissed(true)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void syncCursorIsKeptPerUser(Backend backend) {
        Database db = dbs.open(backend);
        SyncCursorRepository cursors = new SyncCursorRepository(db);
        String alice = newUser(db, "a");
        String bob = newUser(db, "b");
        assertEquals(Optional.empty(), cursors.historyId(alice));
        cursors.save(alice, "18446744073709551615");
        cursors.save(bob, "42");
        cursors.save(alice, "18446744073709551616");
        assertEquals(Optional.of("18446744073709551616"), cursors.historyId(alice), "text, not a bounded number");
        assertEquals(Optional.of("42"), cursors.historyId(bob));
        cursors.clear(alice);
        assertEquals(Optional.empty(), cursors.historyId(alice));
        assertEquals(Optional.of("42"), cursors.historyId(bob));
    }

    @Test
    void outcomesMapToThePlannersStages() {
        assertEquals(Stage.OFFER, Outcome.OFFER.stage());
        assertEquals(Stage.ACCEPTED, Outcome.ACCEPTED.stage());
        assertEquals(Stage.REJECTED, Outcome.REJECTED.stage());
        assertEquals(Stage.WITHDRAWN, Outcome.WITHDRAWN.stage());
    }
}
