package dev.hearback.gmail;

import java.time.Duration;
import java.util.Optional;

/**
 * Gmail could not be read or written: an API error that retries did not cure, or the network.
 * The server answers 502 with {@link #getMessage()} (a sentence for a person); when Gmail asked
 * us to wait ({@code Retry-After}), {@link #retryAfter()} says how long.
 */
public class GmailException extends java.io.IOException {
    private final int status;
    private final Duration retryAfter;

    public GmailException(String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public GmailException(String message, Throwable cause) {
        this(message, 0, null, cause);
    }

    /** Gmail's HTTP status, or 0 when there was no answer (network, token endpoint). */
    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
