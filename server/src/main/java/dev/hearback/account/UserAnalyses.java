package dev.hearback.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.AnalysisSettings;
import dev.hearback.engine.Corrections;
import dev.hearback.engine.Engine;
import dev.hearback.mail.MailThread;
import dev.hearback.plan.Stage;
import dev.hearback.store.SettingsRepository;
import dev.hearback.store.ThreadState;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.User;
import dev.hearback.store.UserSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans each user's mailbox and keeps the result for a short while: the extension asks for the
 * list and for each open thread, and planning from the mail on each request would cost Gmail quota
 * and time. A change the user makes (settings, snooze, correction) drops their snapshot at once.
 */
public final class UserAnalyses {
    /** Mail text kept across all users' cached plans; past it the least recently used plans are redone on demand. */
    static final long SNAPSHOT_BUDGET_BYTES = 48L << 20;
    private final MailSource mail;
    private final SettingsRepository settings;
    private final ThreadStateRepository states;
    private final Clock clock;
    private final Engine engine = new Engine();
    private final Cache<String, Snapshot> snapshots;
    /** Threads asked for by id that are not candidates (a newsletter opened in Gmail): planned alone. */
    private final Cache<String, Snapshot> singles;

    public UserAnalyses(MailSource mail, SettingsRepository settings, ThreadStateRepository states, Clock clock, Duration keepFor) {
        this.mail = mail;
        this.settings = settings;
        this.states = states;
        this.clock = clock;
        // Bounded by the mail they hold, not by count: one heavy mailbox weighs as much as many light ones,
        // and the heap on App Engine's F1 is under 200 MB.
        this.snapshots = Caffeine.newBuilder().expireAfterWrite(keepFor).maximumWeight(SNAPSHOT_BUDGET_BYTES)
                .weigher((String k, Snapshot v) -> v.approximateBytes()).build();
        this.singles = Caffeine.newBuilder().expireAfterWrite(keepFor).maximumWeight(SNAPSHOT_BUDGET_BYTES / 4)
                .weigher((String k, Snapshot v) -> v.approximateBytes()).build();
    }

    /** The user's planned mailbox, from the cache when fresh. */
    public Snapshot snapshot(User user) {
        return snapshots.get(user.id(), id -> plan(user, candidates(user)));
    }

    /** The source's candidates, plus threads the user said are interviews that the search missed. */
    private List<MailThread> candidates(User user) {
        MailAccess access = mail.open(user);
        List<MailThread> threads = new ArrayList<>(access.threads());
        Set<String> have = new HashSet<>();
        for (MailThread t : threads) have.add(t.id());
        for (ThreadState st : states.listForUser(user.id())) {
            if (st.correction() == ThreadState.Correction.IS_INTERVIEW && !have.contains(st.threadId())) {
                access.thread(st.threadId()).ifPresent(threads::add);
            }
        }
        return threads;
    }

    /** The snapshot that holds {@code threadId}: the mailbox's, or the thread fetched and planned alone. */
    public Optional<Snapshot> holding(User user, String threadId) {
        Snapshot all = snapshot(user);
        if (all.verdict(threadId).isPresent()) return Optional.of(all);
        String key = user.id() + "/" + threadId;
        Snapshot one = singles.getIfPresent(key);
        if (one != null) return Optional.of(one);
        Optional<MailThread> t = mail.open(user).thread(threadId);
        if (t.isEmpty()) return Optional.empty();
        one = plan(user, List.of(t.get()));
        singles.put(key, one);
        return Optional.of(one);
    }

    /** Forget the user's snapshots: their settings or a thread's state changed. */
    public void invalidate(String userId) {
        snapshots.invalidate(userId);
        singles.asMap().keySet().removeIf(k -> k.startsWith(userId + "/"));
    }

    /** Also drops what the mail source holds (sign-out). */
    public void forget(User user) {
        invalidate(user.id());
        mail.forget(user);
    }

    private Snapshot plan(User user, List<MailThread> threads) {
        UserSettings s = settings.get(user.id());
        Map<String, ThreadState> byThread = new HashMap<>();
        for (ThreadState st : states.listForUser(user.id())) byThread.put(st.threadId(), st);
        Analysis a = engine.analyze(threads,
                new AnalysisSettings(Set.of(user.email()), clock.instant(), s.zone(), s.country(), s.preset()),
                corrections(byThread.values()));
        return Snapshot.of(a, s, byThread, threads);
    }

    /** What the user told Hearback outranks inference (policy: a correction is final). */
    public static Corrections corrections(Iterable<ThreadState> states) {
        Set<String> not = new HashSet<>();
        Set<String> is = new HashSet<>();
        Map<String, Stage> outcomes = new HashMap<>();
        for (ThreadState s : states) {
            if (s.correction() == ThreadState.Correction.NOT_INTERVIEW) not.add(s.threadId());
            if (s.correction() == ThreadState.Correction.IS_INTERVIEW) is.add(s.threadId());
            if (s.outcome() != null) outcomes.put(s.threadId(), s.outcome().stage());
        }
        return new Corrections(not, is, outcomes);
    }
}
