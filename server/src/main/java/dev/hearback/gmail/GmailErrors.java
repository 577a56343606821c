package dev.hearback.gmail;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Turns what the Google client throws into {@link GmailException} / {@link GmailAuthException}. */
final class GmailErrors {
    private GmailErrors() {}

    /** A failure while getting an access token from the refresh token. */
    static GmailException fromTokenFailure(IOException e) {
        if (e instanceof GmailException g) return g;
        String text = chainText(e);
        if (text.contains("invalid_grant")) return new GmailAuthException("invalid_grant", e);
        if (text.contains("invalid_client") || text.contains("unauthorized_client")) {
            return new GmailException("Hearback's Google OAuth client is misconfigured (" +
                    (text.contains("invalid_client") ? "invalid_client" : "unauthorized_client") + ").", 0, null, e);
        }
        return new GmailException("Google's token service could not be reached: " + e.getMessage(), 0, null, e);
    }

    /** A failure of one Gmail API call. */
    static GmailException fromCall(IOException e, GmailMethod method) {
        if (e instanceof GmailException g) return g;
        if (e instanceof HttpResponseException r) {
            int code = r.getStatusCode();
            String reason = reason(e);
            if (code == 401) return new GmailAuthException("401 after refresh on " + method.apiName(), e);
            if (code == 403 && (reason.equals("insufficientPermissions") || reason.contains("SCOPE_INSUFFICIENT"))) {
                return new GmailAuthException("missing Gmail scope on " + method.apiName(), e);
            }
            Duration retryAfter = GmailHttpInitializer.parseRetryAfter(r.getHeaders().getRetryAfter(), Instant.now());
            String message = r instanceof GoogleJsonResponseException j && j.getDetails() != null && j.getDetails().getMessage() != null
                    ? j.getDetails().getMessage() : r.getStatusMessage();
            return new GmailException("Gmail answered " + code + " to " + method.apiName() + ": " + message, code, retryAfter, e);
        }
        return new GmailException("Gmail could not be reached (" + method.apiName() + "): " + e.getMessage(), 0, null, e);
    }

    static int status(IOException e) {
        return e instanceof HttpResponseException r ? r.getStatusCode() : 0;
    }

    /** The first {@code errors[].reason} of a Gmail error answer, or "" (e.g. rateLimitExceeded). */
    static String reason(IOException e) {
        if (e instanceof GoogleJsonResponseException j && j.getDetails() != null) {
            GoogleJsonError d = j.getDetails();
            if (d.getErrors() != null && !d.getErrors().isEmpty() && d.getErrors().get(0).getReason() != null) {
                return d.getErrors().get(0).getReason();
            }
            if (d.getDetails() != null) {
                for (GoogleJsonError.Details x : d.getDetails()) if (x.getReason() != null) return x.getReason();
            }
        }
        return "";
    }

    private static String chainText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
            if (t instanceof HttpResponseException r && r.getContent() != null) sb.append(r.getContent()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
