package dev.hearback.gmail;

import dev.hearback.mail.MailThread;
import dev.hearback.mail.ReadError;
import java.util.List;

/**
 * One sync's outcome: the candidate threads (drafts left out, threads with no message left out),
 * what could not be read, the state for the next sync, how it went and what it cost.
 *
 * @param kind FULL (first sync, forced, or periodic), RESYNC_EXPIRED (the stored historyId was too
 *     old: Gmail answered 404), INCREMENTAL (history.list)
 * @param fetched threads read with threads.get in this sync (the others came from the cache)
 */
public record SyncResult(
        List<MailThread> threads,
        List<ReadError> errors,
        SyncState state,
        Kind kind,
        int fetched,
        QuotaUsage quota) {

    public enum Kind { FULL, RESYNC_EXPIRED, INCREMENTAL }

    public SyncResult {
        threads = List.copyOf(threads);
        errors = List.copyOf(errors);
    }

    /** The mailbox historyId to store: the next incremental refresh starts there. */
    public String historyId() {
        return state.historyId();
    }
}
