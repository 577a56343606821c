package dev.hearback.web;

import dev.hearback.engine.Progress;
import dev.hearback.infer.Evidence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The page at {@code /}: the popup's checklist for people without the extension, rendered on the
 * server with every mail-derived value escaped, and no script at all (its CSP forbids any).
 */
final class HomePage {
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.ENGLISH);

    private HomePage() {}

    static String checklist(ThreadRoutes.Checklist c, String email, boolean demo) {
        StringBuilder b = head("Hearback: your follow-ups");
        b.append("<header><h1>Hearback</h1><p class=\"who\">").append(Html.text(email));
        if (demo) b.append(" &middot; demo mailbox, planned as of ").append(DAY_TIME.format(c.now()));
        b.append("</p>");
        if (!demo) b.append("<form method=\"post\" action=\"/auth/logout\"><button>Sign out</button></form>");
        b.append("</header><main>");
        b.append("<p class=\"summary\">").append(c.dueToday() == 0 ? "Nothing to send today."
                : c.dueToday() == 1 ? "1 follow-up due today." : c.dueToday() + " follow-ups due today.").append("</p>");
        if (c.threads().isEmpty()) b.append("<p>No interview threads found.</p>");
        b.append("<ol class=\"threads\">");
        for (ThreadView t : c.threads()) thread(b, t);
        b.append("</ol></main></body></html>");
        return b.toString();
    }

    static String signIn() {
        return head("Hearback").append("<header><h1>Hearback</h1></header><main>")
                .append("<p>Hearback reads your interview threads in Gmail and tells you when and how to follow up.</p>")
                .append("<p><a class=\"button\" href=\"/auth/start\">Sign in with Google</a></p>")
                .append("<p class=\"fine\">Hearback reads mail and writes drafts; it never sends mail.</p>")
                .append("</main></body></html>").toString();
    }

    private static void thread(StringBuilder b, ThreadView t) {
        var a = t.nextAction();
        b.append("<li class=\"thread").append(a.dueNow() && t.state().snoozedUntil() == null ? " due" : "").append("\">");
        b.append("<h2>").append(Html.text(t.company() == null ? t.subject() : t.company()));
        if (t.role() != null) b.append(" <span class=\"role\">").append(Html.text(t.role())).append("</span>");
        b.append("</h2><p class=\"stage\">").append(Html.text(t.stage().toLowerCase(Locale.ROOT)));
        if (t.interviewAt() != null) b.append(" &middot; interview ").append(when(t.interviewAt()));
        b.append("</p>");
        b.append("<p class=\"next\"><strong>").append(Html.text(label(a.type()))).append("</strong>");
        if (a.due() != null && !"NONE".equals(a.type())) b.append(" &middot; ").append(a.dueNow() ? "due now" : "from " + day(a.due()));
        if (t.state().snoozedUntil() != null) b.append(" &middot; snoozed until ").append(day(t.state().snoozedUntil()));
        b.append("</p><p class=\"reason\">").append(Html.text(a.reason())).append("</p>");
        evidence(b, "They wrote", t.deadlineEvidence(), t.deadline() == null ? null : day(t.deadline()));
        evidence(b, "Interview", t.interviewEvidence(), null);
        progress(b, t.progress());
        if (t.draft() != null) {
            b.append("<details><summary>Draft reply</summary><pre class=\"draft\">")
                    .append(Html.text("To: " + t.draft().to() + "\nSubject: " + t.draft().subject() + "\n\n" + t.draft().body()))
                    .append("</pre></details>");
        }
        b.append("<p><a href=\"").append(Html.text(t.gmailUrl())).append("\" rel=\"noopener noreferrer\">Open in Gmail</a></p></li>");
    }

    private static void evidence(StringBuilder b, String lead, Evidence e, String date) {
        if (e == null) return;
        b.append("<p class=\"evidence\">").append(lead).append(": <q>").append(Html.text(e.sentence())).append("</q>");
        if (date != null) b.append(" &rarr; ").append(date);
        b.append("</p>");
    }

    private static void progress(StringBuilder b, Progress p) {
        b.append("<ul class=\"progress\">");
        step(b, "Thank-you", p.thankYou());
        step(b, "Check-in", p.checkIn());
        step(b, "Follow-up", p.followUp());
        step(b, "Final note", p.finalNote());
        b.append("</ul>");
    }

    private static void step(StringBuilder b, String name, LocalDate sent) {
        b.append("<li class=\"").append(sent == null ? "todo" : "done").append("\">")
                .append(sent == null ? "&#9744; " : "&#9745; ").append(name);
        if (sent != null) b.append(" <span class=\"on\">").append(day(sent)).append("</span>");
        b.append("</li>");
    }

    static String label(String type) {
        return switch (type) {
            case "THANK_YOU" -> "Send a thank-you note";
            case "CHECK_IN" -> "Check in";
            case "FOLLOW_UP" -> "Follow up once more";
            case "FINAL_NOTE" -> "Send a closing note";
            case "MOVE_ON" -> "Let it go";
            case "REQUEST_FEEDBACK" -> "Ask for feedback";
            case "WITHDRAW" -> "Withdraw politely";
            case "CALL" -> "Call them";
            case "ESCALATE" -> "Write to someone else";
            default -> "Nothing to do";
        };
    }

    private static String day(LocalDate d) {
        return DAY.format(d);
    }

    private static String when(OffsetDateTime t) {
        return DAY_TIME.format(t);
    }

    static StringBuilder head(String title) {
        return new StringBuilder(8192).append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text(title)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/hearback.css\"></head><body>");
    }
}
