package dev.hearback.gmail;

/**
 * The user's Google authorization no longer works: the refresh token was revoked or expired
 * ({@code invalid_grant} from the token endpoint), or Gmail still answers 401 after a fresh access
 * token. The server maps it to HTTP 401 {"error":"gmail_reauth", ...}: the extension signs in again.
 */
public class GmailAuthException extends GmailException {
    public static final String USER_MESSAGE =
            "Hearback can no longer read your Gmail (access was revoked or expired). Sign in again.";

    private final String reason;

    public GmailAuthException(String reason, Throwable cause) {
        super(USER_MESSAGE, 401, null, cause);
        this.reason = reason;
    }

    /** Why, for the log: {@code invalid_grant}, {@code 401 after refresh}, ... */
    public String reason() {
        return reason;
    }
}
