package dev.hearback.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Per-thread state, keyed by (user id, Gmail thread id). */
public final class ThreadStateRepository {
    private static final String COLUMNS = "thread_id, snoozed_until, dismissed, correction, outcome";

    private final Sql sql;
    private final Clock clock;

    public ThreadStateRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public ThreadStateRepository(Database db, Clock clock) {
        this.sql = new Sql(db.dataSource());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The thread's state; {@link ThreadState#none} when the user never touched it. */
    public ThreadState get(String userId, String threadId) {
        UserRepository.requireText(threadId, "threadId");
        return sql.one("SELECT " + COLUMNS + " FROM thread_states WHERE user_id = ? AND thread_id = ?",
                ThreadStateRepository::state, userId, threadId).orElse(ThreadState.none(threadId));
    }

    /** Every thread the user touched, by thread id. */
    public List<ThreadState> listForUser(String userId) {
        return sql.list("SELECT " + COLUMNS + " FROM thread_states WHERE user_id = ? ORDER BY thread_id",
                ThreadStateRepository::state, userId);
    }

    /**
     * Applies the patch and returns the new state. One upsert that assigns only the patched
     * columns, so two instances patching different fields of one thread at once both win.
     */
    public ThreadState update(String userId, String threadId, ThreadStatePatch patch) {
        UserRepository.requireText(userId, "userId");
        UserRepository.requireText(threadId, "threadId");
        Objects.requireNonNull(patch, "patch");
        if (patch.isEmpty()) return get(userId, threadId);
        ThreadState inserted = patch.applyTo(ThreadState.none(threadId));
        List<String> assignments = new ArrayList<>();
        // Column names are fixed here, never taken from input.
        if (patch.setSnooze) assignments.add("snoozed_until = excluded.snoozed_until");
        if (patch.dismissed != null) assignments.add("dismissed = excluded.dismissed");
        if (patch.setCorrection) assignments.add("correction = excluded.correction");
        if (patch.setOutcome) assignments.add("outcome = excluded.outcome");
        assignments.add("updated_at = excluded.updated_at");
        return sql.one("INSERT INTO thread_states (user_id, thread_id, snoozed_until, dismissed, correction, outcome, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, thread_id) DO UPDATE SET "
                        + String.join(", ", assignments) + " RETURNING " + COLUMNS,
                ThreadStateRepository::state, userId, threadId,
                inserted.snoozedUntil() == null ? null : inserted.snoozedUntil().toString(),
                inserted.dismissed(),
                inserted.correction() == null ? null : inserted.correction().name(),
                inserted.outcome() == null ? null : inserted.outcome().name(),
                clock.millis()).orElseThrow();
    }

    private static ThreadState state(ResultSet rs) throws SQLException {
        String snooze = rs.getString("snoozed_until");
        String correction = rs.getString("correction");
        String outcome = rs.getString("outcome");
        return new ThreadState(rs.getString("thread_id"),
                snooze == null ? null : LocalDate.parse(snooze),
                rs.getBoolean("dismissed"),
                correction == null ? null : ThreadState.Correction.valueOf(correction),
                outcome == null ? null : ThreadState.Outcome.valueOf(outcome));
    }
}
