package dev.hearback.gmail;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one sync leaves for the next: the mailbox {@code historyId} to start users.history.list
 * from, the candidate threads (thread id to the historyId they were read at, in Gmail's order,
 * newest first) and when the candidate list was last read in full.
 */
public record SyncState(String historyId, Map<String, String> threads, Instant fullSyncAt) {
    public SyncState {
        threads = Collections.unmodifiableMap(new LinkedHashMap<>(threads));
    }
}
