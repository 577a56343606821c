package dev.hearback.infer;

import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything inferred from one thread, each fact with its evidence. {@code notInterview} is the
 * reason the thread is not an interview process, or null when it is.
 */
public record ThreadFacts(
        MailThread thread,
        String notInterview,
        List<Interview> interviews,
        List<StatedDeadline> deadlines,
        List<Outcome> outcomes,
        List<AutoReply> autoReplies,
        EmployerFacts employer,
        List<Message> yours,
        List<Message> theirs) {

    /** A deadline they stated: the date (null for "soon"), and when and where they said it. */
    public record StatedDeadline(LocalDate date, Instant statedAt, Evidence evidence) {}
}
