package dev.hearback.mail;

import java.util.List;

/** Everything read from one source: the threads, and what could not be read. */
public record Mailbox(List<MailThread> threads, List<ReadError> errors) {
    public Mailbox {
        threads = List.copyOf(threads);
        errors = List.copyOf(errors);
    }
}
