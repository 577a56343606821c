package dev.hearback.gmail;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts Gmail API calls and their quota units. One meter per sync (or per draft), optionally
 * chained to a longer-lived parent (the mailbox's or the service's totals). Thread-safe. A call is
 * counted once however many HTTP attempts its retries took (a 429 or 5xx answer is not charged).
 */
public final class QuotaMeter {
    private final AtomicLongArray calls = new AtomicLongArray(GmailMethod.values().length);
    private final QuotaMeter parent;

    public QuotaMeter() {
        this(null);
    }

    public QuotaMeter(QuotaMeter parent) {
        this.parent = parent;
    }

    public void record(GmailMethod method) {
        calls.incrementAndGet(method.ordinal());
        if (parent != null) parent.record(method);
    }

    public QuotaUsage snapshot() {
        Map<GmailMethod, Long> m = new EnumMap<>(GmailMethod.class);
        for (GmailMethod g : GmailMethod.values()) {
            long n = calls.get(g.ordinal());
            if (n > 0) m.put(g, n);
        }
        return new QuotaUsage(m);
    }
}
