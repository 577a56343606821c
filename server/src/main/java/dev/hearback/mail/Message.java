package dev.hearback.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * One mail message as the engine sees it, filled alike from an mbox, an .eml file or the Gmail API.
 *
 * <p>{@code newText} is what the sender wrote in this message: quoted history and the signature
 * block are removed (the signature is kept apart in {@code signature}, since names and company often
 * sit there). Bodies of attachments are never kept.
 */
public record Message(
        String messageId,
        String gmailThreadId,
        Address from,
        Address replyTo,
        List<Address> to,
        List<Address> cc,
        Instant sent,
        ZoneOffset sentOffset,
        String subject,
        Set<String> labels,
        String inReplyTo,
        List<String> references,
        MailFlags flags,
        String newText,
        String signature,
        List<CalendarEvent> events) {

    public Message {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        labels = Set.copyOf(labels);
        references = List.copyOf(references);
        events = List.copyOf(events);
        subject = subject == null ? "" : subject;
        newText = newText == null ? "" : newText;
        signature = signature == null ? "" : signature;
    }

    /** The address a reply goes to: Reply-To when given (applicant-tracking systems set it), else From. */
    public Address replyAddress() {
        return replyTo != null && !replyTo.email().isEmpty() ? replyTo : from;
    }
}
