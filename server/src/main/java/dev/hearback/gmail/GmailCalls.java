package dev.hearback.gmail;

import com.google.api.client.util.BackOff;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.client.util.Sleeper;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.GmailRequest;
import java.io.IOException;
import java.util.Set;

/**
 * Runs Gmail API calls: counts each one in the quota meter and turns failures into
 * {@link GmailException}. 429 and 5xx are retried inside the HTTP request ({@link GmailHttpInitializer});
 * Gmail's other rate-limit answer, 403 with reason {@code rateLimitExceeded} or
 * {@code userRateLimitExceeded}, is retried here with the same backoff.
 */
final class GmailCalls {
    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    final Gmail gmail;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    GmailCalls(Gmail gmail, RetryPolicy policy, Sleeper sleeper) {
        this.gmail = gmail;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Builds one request (building may throw, as the generated client's methods do). */
    @FunctionalInterface
    interface Request<T> {
        GmailRequest<T> build() throws IOException;
    }

    <T> T execute(Request<T> builder, GmailMethod method, QuotaMeter meter) throws GmailException {
        ExponentialBackOff backOff = null;
        GmailRequest<T> request;
        try {
            request = builder.build();
        } catch (IOException e) {
            throw GmailErrors.fromCall(e, method);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                T result = request.execute();
                meter.record(method);
                return result;
            } catch (IOException e) {
                int status = GmailErrors.status(e);
                if (status == 403 && RATE_LIMIT_REASONS.contains(GmailErrors.reason(e)) && attempt < policy.maxRetries()) {
                    if (backOff == null) backOff = policy.newBackOff();
                    try {
                        long wait = backOff.nextBackOffMillis();
                        if (wait != BackOff.STOP) {
                            sleeper.sleep(wait);
                            continue;
                        }
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                    } catch (IOException ignored) {
                        // ExponentialBackOff never throws; fall through to the error
                    }
                }
                // Gmail did the work for an answered 4xx (a 404 still costs its units); not for 401, 429, 5xx.
                if (status >= 400 && status < 500 && status != 401 && status != 429) meter.record(method);
                throw GmailErrors.fromCall(e, method);
            }
        }
    }
}
