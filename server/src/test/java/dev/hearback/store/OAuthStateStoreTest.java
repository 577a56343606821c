package dev.hearback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OAuthStateStoreTest {
    @RegisterExtension
    static final TestDatabases dbs = new TestDatabases();

    private static final String REDIRECT = "https://abcdefghijklmnop.chromiumapp.org/cb";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-10T15:00:00Z"));

    @ParameterizedTest
    @EnumSource(Backend.class)
    void stateIsTakenOnceWithItsVerifierAndRedirect(Backend backend) {
        OAuthStateStore states = new OAuthStateStore(dbs.open(backend), clock);
        OAuthState saved = states.save("state-1", "verifier-1", REDIRECT, Duration.ofMinutes(10));
        assertEquals(clock.instant().plus(Duration.ofMinutes(10)), saved.expiresAt());
        assertEquals(Optional.of(saved), states.take("state-1"));
        assertEquals(Optional.empty(), states.take("state-1"), "single use");
        assertFalse(saved.toString().contains("verifier-1"), "the verifier stays out of logs");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anotherInstanceCanTakeIt(Backend backend) {
        Database db = dbs.open(backend);
        new OAuthStateStore(db, clock).save("s", "v", REDIRECT, Duration.ofMinutes(10));
        // A second store over the same database stands for another App Engine instance.
        assertEquals("v", new OAuthStateStore(db, clock).take("s").orElseThrow().codeVerifier());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void expiredStateIsEmptyAndGone(Backend backend) {
        OAuthStateStore states = new OAuthStateStore(dbs.open(backend), clock);
        states.save("late", "v", REDIRECT, Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Optional.empty(), states.take("late"));
        clock.advance(Duration.ofMinutes(-5));
        assertEquals(Optional.empty(), states.take("late"), "an expired take also deleted it");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unknownStateIsEmptyAndReuseIsRefused(Backend backend) {
        OAuthStateStore states = new OAuthStateStore(dbs.open(backend), clock);
        assertEquals(Optional.empty(), states.take("never-saved"));
        assertEquals(Optional.empty(), states.take(null));
        states.save("dup", "v", REDIRECT, Duration.ofMinutes(10));
        assertThrows(StoreException.class, () -> states.save("dup", "v2", REDIRECT, Duration.ofMinutes(10)));
        assertEquals("v", states.take("dup").orElseThrow().codeVerifier(), "the first one is intact");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void abandonedSignInsArePurged(Backend backend) {
        OAuthStateStore states = new OAuthStateStore(dbs.open(backend), clock);
        states.save("a", "v", REDIRECT, Duration.ofMinutes(10));
        states.save("b", "v", REDIRECT, Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(11));
        states.save("c", "v", REDIRECT, Duration.ofMinutes(10));
        assertEquals(0, states.purgeExpired(), "saving swept the two abandoned ones already");
        assertTrue(states.take("c").isPresent());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void racingCallbacksGetItOnceBetweenThem(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < 5; round++) {
                String state = "race-" + round;
                new OAuthStateStore(db, clock).save(state, "v", REDIRECT, Duration.ofMinutes(10));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<OAuthState>>> results = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    OAuthStateStore instance = new OAuthStateStore(db, clock);
                    results.add(pool.submit(() -> {
                        go.await();
                        return instance.take(state);
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Optional<OAuthState>> r : results) {
                    if (r.get(30, TimeUnit.SECONDS).isPresent()) winners++;
                }
                assertEquals(1, winners, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
