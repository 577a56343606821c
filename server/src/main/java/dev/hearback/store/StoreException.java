package dev.hearback.store;

/**
 * A database failure the caller cannot fix by changing its input (connection lost, constraint
 * broken by a bug). Unchecked so that callers are not forced to wrap every read in a try block;
 * the server maps it to a 500.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
