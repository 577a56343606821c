package dev.hearback.account;

/** The user's Google grant is gone (revoked, expired, never given offline): only a new sign-in helps. */
public final class SignInAgainException extends RuntimeException {
    public SignInAgainException(String message, Throwable cause) {
        super(message, cause);
    }
}
