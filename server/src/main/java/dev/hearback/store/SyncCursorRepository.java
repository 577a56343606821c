package dev.hearback.store;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each user's incremental Gmail sync resumes: the last {@code historyId} seen. Kept as text
 * because Gmail sends it as a string holding an unsigned 64-bit number.
 */
public final class SyncCursorRepository {
    private final Sql sql;
    private final Clock clock;

    public SyncCursorRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public SyncCursorRepository(Database db, Clock clock) {
        this.sql = new Sql(db.dataSource());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The last history id saved, or empty before the first full sync. */
    public Optional<String> historyId(String userId) {
        return sql.one("SELECT history_id FROM sync_cursors WHERE user_id = ?", rs -> rs.getString(1), userId);
    }

    public void save(String userId, String historyId) {
        UserRepository.requireText(userId, "userId");
        UserRepository.requireText(historyId, "historyId");
        sql.update("INSERT INTO sync_cursors (user_id, history_id, updated_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (user_id) DO UPDATE SET history_id = excluded.history_id, "
                        + "updated_at = excluded.updated_at",
                userId, historyId, clock.millis());
    }

    /** Forgets the cursor, e.g. when Gmail answers 404 for a history id too old: sync in full again. */
    public void clear(String userId) {
        sql.update("DELETE FROM sync_cursors WHERE user_id = ?", userId);
    }
}
