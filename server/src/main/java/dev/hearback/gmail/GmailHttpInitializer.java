package dev.hearback.gmail;

import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpStatusCodes;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.util.BackOff;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.client.util.Sleeper;
import com.google.auth.Credentials;
import com.google.auth.http.HttpCredentialsAdapter;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Sets up every Gmail HTTP request: the bearer token from the user's credentials, timeouts, one
 * refresh-and-retry on 401, and exponential backoff with jitter on 429 and 5xx (honouring
 * {@code Retry-After}). Connection failures of GET requests are retried the same way; a POST
 * (drafts.create) is not retried after an I/O failure, since Gmail may have created the draft.
 *
 * <p>A Workspace add-on's request also carries the per-message Gmail access token from the event
 * in {@value #ADDON_ACCESS_TOKEN_HEADER}, beside {@code Authorization: Bearer <userOAuthToken>}:
 * the add-on scopes ({@code gmail.addons.current.*}) reach only the open message with both.
 */
final class GmailHttpInitializer implements HttpRequestInitializer {
    static final String ADDON_ACCESS_TOKEN_HEADER = "X-Goog-Gmail-Access-Token";

    private final Credentials credentials;
    private final HttpCredentialsAdapter auth;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Supplier<java.time.Instant> now;
    private final String gmailAccessToken;

    GmailHttpInitializer(Credentials credentials, RetryPolicy policy, Sleeper sleeper, Supplier<java.time.Instant> now) {
        this(credentials, null, policy, sleeper, now);
    }

    /** @param gmailAccessToken the add-on event's Gmail access token, sent on every request; null for none */
    GmailHttpInitializer(Credentials credentials, String gmailAccessToken, RetryPolicy policy, Sleeper sleeper,
            Supplier<java.time.Instant> now) {
        this.credentials = credentials;
        this.gmailAccessToken = gmailAccessToken;
        this.auth = new HttpCredentialsAdapter(credentials);
        this.policy = policy;
        this.sleeper = sleeper;
        this.now = now;
    }

    @Override
    public void initialize(HttpRequest request) throws IOException {
        try {
            auth.initialize(request); // may refresh the access token first
        } catch (IOException e) {
            throw GmailErrors.fromTokenFailure(e);
        } catch (IllegalStateException e) {
            // An access token alone (the add-on's) that has expired: it cannot be refreshed here.
            throw new GmailAuthException("access token expired and cannot be refreshed", e);
        }
        if (gmailAccessToken != null) request.getHeaders().set(ADDON_ACCESS_TOKEN_HEADER, gmailAccessToken);
        request.setConnectTimeout((int) policy.connectTimeout().toMillis());
        request.setReadTimeout((int) policy.readTimeout().toMillis());
        // One budget for every retry kind: our handler bounds the backoff retries itself.
        request.setNumberOfRetries(policy.maxRetries() + 1);
        request.setUnsuccessfulResponseHandler(new Handler());
        if ("GET".equals(request.getRequestMethod())) {
            request.setIOExceptionHandler(new HttpBackOffIOExceptionHandler(policy.newBackOff()).setSleeper(sleeper));
        }
    }

    /** One per request: remembers whether it refreshed already and how many backoff retries it made. */
    private final class Handler implements HttpUnsuccessfulResponseHandler {
        private boolean refreshed;
        private int retries;
        private final ExponentialBackOff backOff = policy.newBackOff();

        @Override
        public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry) throws IOException {
            int code = response.getStatusCode();
            if (code == HttpStatusCodes.STATUS_CODE_UNAUTHORIZED) {
                if (refreshed || !supportsRetry) return false;
                refreshed = true;
                try {
                    credentials.refresh();
                } catch (IOException e) {
                    throw GmailErrors.fromTokenFailure(e);
                } catch (RuntimeException e) {
                    return false; // an access token alone cannot be refreshed: the 401 stands
                }
                auth.initialize(request); // the new bearer token (this also replaces the handler)
                request.setUnsuccessfulResponseHandler(this);
                return true;
            }
            if (!retryable(code) || !supportsRetry || retries >= policy.maxRetries()) return false;
            long wait;
            Duration asked = retryAfter(response.getHeaders().getRetryAfter());
            if (asked != null) {
                if (asked.compareTo(policy.maxRetryAfter()) > 0) return false;
                wait = asked.toMillis();
            } else {
                wait = backOff.nextBackOffMillis();
                if (wait == BackOff.STOP) return false;
            }
            retries++;
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return true;
        }
    }

    static boolean retryable(int code) {
        return code == 429 || code >= 500 && code <= 599;
    }

    /** {@code Retry-After: 120} or {@code Retry-After: Fri, 31 Dec 1999 23:59:59 GMT}; null when absent or unreadable. */
    Duration retryAfter(String value) {
        return parseRetryAfter(value, now.get());
    }

    static Duration parseRetryAfter(String value, java.time.Instant now) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException garbage) {
                return null;
            }
        }
    }
}
