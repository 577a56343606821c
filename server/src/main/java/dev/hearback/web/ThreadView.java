package dev.hearback.web;

import dev.hearback.account.Snapshot;
import dev.hearback.compose.Draft;
import dev.hearback.engine.Progress;
import dev.hearback.engine.ThreadReport;
import dev.hearback.infer.Evidence;
import dev.hearback.store.ThreadState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** One interview process as the API shows it (docs/api.md, {@code ThreadView}); mail text is untrusted. */
public record ThreadView(
        String threadId, String subject, String company, String role, Contact contact, String stage,
        OffsetDateTime interviewAt, Evidence interviewEvidence, OffsetDateTime nextInterviewAt,
        LocalDate deadline, Evidence deadlineEvidence, int followUpsSent, Progress progress,
        Action nextAction, Draft draft, State state, String gmailUrl) {

    public record Contact(String name, String email) {}

    public record Action(String type, LocalDate due, boolean dueNow, String reason) {}

    public record State(LocalDate snoozedUntil, boolean dismissed) {}

    static ThreadView of(ThreadReport r, Snapshot s) {
        ThreadState st = s.state(r.threadId());
        var a = r.nextAction();
        return new ThreadView(r.threadId(), r.subject(), r.company(), r.role(),
                r.contact() == null ? null : new Contact(r.contact().name(), r.contact().email()),
                r.stage().name(), offset(r.interviewAt()), r.interviewEvidence(), offset(r.nextInterviewAt()),
                r.deadline(), r.deadlineEvidence(), r.followUpsSent(), r.progress(),
                new Action(a.type().name(), a.due(), a.dueNow(), a.reason()), r.draft(),
                new State(s.snoozed(r.threadId()) ? st.snoozedUntil() : null, st.dismissed()),
                gmailUrl(r.threadId()));
    }

    /** Opens the thread in Gmail's web page (the hex id is what Gmail's own links use). */
    static String gmailUrl(String threadId) {
        return "https://mail.google.com/mail/u/0/#all/" + threadId;
    }

    private static OffsetDateTime offset(ZonedDateTime t) {
        return t == null ? null : t.toOffsetDateTime();
    }
}
