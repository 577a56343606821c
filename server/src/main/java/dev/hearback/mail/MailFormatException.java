package dev.hearback.mail;

/** A message that cannot be used at all; the reader reports it under errors and goes on. */
public class MailFormatException extends RuntimeException {
    public MailFormatException(String message) {
        super(message);
    }
}
