package dev.hearback.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket per user: {@code perMinute} requests a minute on average, up to a minute's worth in
 * a burst. It keeps one user (or a stolen token) from using up the server or the user's Gmail quota.
 */
public final class RateLimiter {
    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the user's budget; false when it is spent. */
    public boolean tryAcquire(String userId) {
        return buckets.get(userId, k -> new Bucket(capacity, nanoTime.getAsLong())).take(capacity, perNano, nanoTime.getAsLong());
    }

    /** Seconds until one request is allowed again (for Retry-After). */
    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / (perNano * 1e9)));
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean take(double capacity, double perNano, long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        }
    }
}
