package dev.hearback.gmail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;

/**
 * Parsed threads, keyed by account, Gmail thread id and the thread's {@code historyId}. Gmail
 * gives a thread a new historyId whenever anything in it changes, so an entry never goes stale:
 * a changed thread simply has a new key. Shared by all users of one server; the account is part
 * of the key so one user's threads are never served to another. Bounded in size and idle time
 * (mail text lives only in memory, never in storage).
 */
public final class ThreadCache {
    record Key(String account, String threadId, String historyId) {}

    private final Cache<Key, GmailPayloads.ParsedThread> cache;

    public ThreadCache(long maxThreads, Duration expireAfterAccess) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxThreads)
                .expireAfterAccess(expireAfterAccess)
                .recordStats()
                .build();
    }

    /** 20,000 threads (a few hundred users' interview threads), dropped after 6 idle hours. */
    public static ThreadCache defaults() {
        return new ThreadCache(20_000, Duration.ofHours(6));
    }

    GmailPayloads.ParsedThread get(String account, String threadId, String historyId) {
        return historyId == null ? null : cache.getIfPresent(new Key(account, threadId, historyId));
    }

    void put(String account, String threadId, String historyId, GmailPayloads.ParsedThread t) {
        if (historyId != null) cache.put(new Key(account, threadId, historyId), t);
    }

    /** Drops every thread of one account (sign-out, revoked access). */
    public void evictAccount(String account) {
        cache.asMap().keySet().removeIf(k -> k.account().equals(account));
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    public CacheStats stats() {
        return cache.stats();
    }
}
