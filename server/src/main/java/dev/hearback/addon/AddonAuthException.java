package dev.hearback.addon;

/**
 * A request that did not prove it comes from Google for this add-on. The server answers 401 and
 * does no work. The message names the reason for the log; it is safe to return to the caller.
 */
public final class AddonAuthException extends Exception {
    /** Why the token was refused. */
    public enum Reason {
        MISSING, MALFORMED, BAD_SIGNATURE, WRONG_ISSUER, WRONG_AUDIENCE, EXPIRED, WRONG_EMAIL, KEYS_UNAVAILABLE
    }

    private final Reason reason;

    public AddonAuthException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Always 401: a refused token gets no other answer, whatever the reason. */
    public int httpStatus() {
        return 401;
    }
}
