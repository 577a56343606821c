package dev.hearback.addon;

/** A verified request whose body is not an add-on event we can read (400), or is too large (413). */
public final class AddonRequestException extends Exception {
    private final int status;

    public AddonRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int httpStatus() {
        return status;
    }
}
