package dev.hearback.config;

/**
 * A secret reference could not be turned into its value. The message names the variable and the
 * secret version, and says what to fix; it never holds a secret value.
 */
public final class SecretResolutionException extends RuntimeException {
    private final int status;

    public SecretResolutionException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public SecretResolutionException(String message) {
        this(message, 0, null);
    }

    /** Secret Manager's HTTP status, or 0 when none was received. */
    public int status() {
        return status;
    }
}
