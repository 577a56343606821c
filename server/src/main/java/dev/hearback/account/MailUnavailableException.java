package dev.hearback.account;

/** The mail provider failed (Gmail 5xx, quota, network): the request can be retried later. */
public final class MailUnavailableException extends RuntimeException {
    public MailUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
