package dev.hearback.gmail;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Calls per Gmail method and the quota units they cost. */
public record QuotaUsage(Map<GmailMethod, Long> calls) {
    public QuotaUsage {
        calls = calls.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(calls));
    }

    public static QuotaUsage none() {
        return new QuotaUsage(Map.of());
    }

    public long calls(GmailMethod method) {
        return calls.getOrDefault(method, 0L);
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    public long units() {
        return calls.entrySet().stream().mapToLong(e -> e.getKey().units() * e.getValue()).sum();
    }

    /** For the log: {@code 42 units (users.threads.list 1, users.threads.get 3)}. */
    @Override
    public String toString() {
        return units() + " units (" + calls.entrySet().stream()
                .map(e -> e.getKey().apiName() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
