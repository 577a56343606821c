package dev.hearback.account;

import dev.hearback.engine.Analysis;
import dev.hearback.engine.IgnoredThread;
import dev.hearback.engine.ThreadReport;
import dev.hearback.engine.ThreadVerdict;
import dev.hearback.mail.MailThread;
import dev.hearback.store.ThreadState;
import dev.hearback.store.UserSettings;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One user's mailbox as planned at one moment: the engine's analysis, the user's settings and
 * per-thread state it was planned with, and the threads (to reply to). Immutable, so many requests
 * can read the same cached snapshot at once.
 */
public record Snapshot(Analysis analysis, UserSettings settings, Map<String, ThreadState> states,
                       Map<String, MailThread> threads, LocalDate today) {
    public Snapshot {
        states = Map.copyOf(states);
        threads = Map.copyOf(threads);
    }

    static Snapshot of(Analysis a, UserSettings settings, Map<String, ThreadState> states, List<MailThread> threads) {
        return new Snapshot(a, settings, states,
                threads.stream().collect(Collectors.toMap(MailThread::id, Function.identity(), (x, y) -> x, LinkedHashMap::new)),
                a.now().atZone(a.zone()).toLocalDate());
    }

    /** A rough size for the cache's budget: the mail text held, two bytes a character, plus per-message overhead. */
    public int approximateBytes() {
        long bytes = 1024;
        for (MailThread t : threads.values()) {
            for (var m : t.messages()) {
                bytes += 512 + 2L * (m.newText().length() + m.signature().length() + m.subject().length());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    public ThreadState state(String threadId) {
        return states.getOrDefault(threadId, ThreadState.none(threadId));
    }

    /** The verdict for a thread in this snapshot; empty when the thread is not in it. */
    public Optional<ThreadVerdict> verdict(String threadId) {
        for (ThreadReport r : analysis.threads()) {
            if (r.threadId().equals(threadId)) return Optional.of(new ThreadVerdict.Interview(r));
        }
        for (IgnoredThread t : analysis.ignored()) {
            if (t.threadId().equals(threadId)) return Optional.of(new ThreadVerdict.NotInterview(t));
        }
        return Optional.empty();
    }

    /** Snoozed threads are not due: they come back on {@code snoozedUntil}. */
    public boolean snoozed(String threadId) {
        LocalDate until = state(threadId).snoozedUntil();
        return until != null && until.isAfter(today);
    }
}
