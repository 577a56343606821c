package dev.hearback.gmail;

import com.google.api.client.util.ExponentialBackOff;
import java.time.Duration;

/**
 * How Gmail calls are retried on 429, 5xx and 403 rate-limit answers: exponential backoff with
 * jitter (the client library's {@link ExponentialBackOff}: each wait is the current interval
 * times a random factor in [1 - jitter, 1 + jitter], the interval then grows by {@code multiplier}),
 * at most {@code maxRetries} retries per call. A {@code Retry-After} header is honoured when it
 * asks for no more than {@code maxRetryAfter}; a longer one ends the retries at once and is passed
 * on in {@link GmailException#retryAfter()}.
 */
public record RetryPolicy(
        int maxRetries,
        Duration initialInterval,
        double multiplier,
        double jitter,
        Duration maxInterval,
        Duration maxRetryAfter,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(
            5, Duration.ofMillis(500), 2.0, 0.5, Duration.ofSeconds(16), Duration.ofSeconds(30),
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries < 0");
        if (jitter < 0 || jitter >= 1) throw new IllegalArgumentException("jitter must be in [0, 1)");
    }

    public RetryPolicy withMaxRetries(int n) {
        return new RetryPolicy(n, initialInterval, multiplier, jitter, maxInterval, maxRetryAfter, connectTimeout, readTimeout);
    }

    public RetryPolicy withInitialInterval(Duration d) {
        return new RetryPolicy(maxRetries, d, multiplier, jitter, maxInterval, maxRetryAfter, connectTimeout, readTimeout);
    }

    ExponentialBackOff newBackOff() {
        return new ExponentialBackOff.Builder()
                .setInitialIntervalMillis((int) initialInterval.toMillis())
                .setMultiplier(multiplier)
                .setRandomizationFactor(jitter)
                .setMaxIntervalMillis((int) maxInterval.toMillis())
                .setMaxElapsedTimeMillis(Integer.MAX_VALUE)
                .build();
    }
}
