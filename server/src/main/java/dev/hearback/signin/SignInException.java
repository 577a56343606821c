package dev.hearback.signin;

/** Sign-in could not finish (denied consent, stale state, Google refused the code); the message is for the user. */
public final class SignInException extends RuntimeException {
    public SignInException(String message) {
        super(message);
    }

    public SignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
