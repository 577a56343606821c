package dev.hearback.cli;

import dev.hearback.engine.Analysis;
import dev.hearback.engine.IgnoredThread;
import dev.hearback.engine.ThreadReport;
import dev.hearback.mail.ReadError;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The analysis as a checklist a person reads in a terminal. Control characters from mail are removed. */
public final class TextChecklist {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private TextChecklist() {}

    public static String write(Analysis a, List<ReadError> errors) {
        StringBuilder out = new StringBuilder();
        out.append("Hearback: ").append(a.threads().size()).append(" interview processes, as of ")
                .append(a.now().atZone(a.zone()).format(WHEN)).append(" (").append(a.zone()).append(", ").append(a.preset().id()).append(")\n\n");
        for (ThreadReport r : a.threads()) {
            String box = r.nextAction().dueNow() ? "[!]" : "[ ]";
            out.append(box).append(' ').append(clean(r.company() == null ? r.subject() : r.company()))
                    .append(r.role() == null ? "" : " — " + clean(r.role())).append("  (").append(r.stage()).append(")\n");
            out.append("    Next: ").append(r.nextAction().type()).append(" due ").append(r.nextAction().due().format(DAY))
                    .append(r.nextAction().dueNow() ? " (due now)" : "").append('\n');
            out.append("    Why:  ").append(clean(r.nextAction().reason())).append('\n');
            if (r.interviewAt() != null) {
                out.append("    Interview: ").append(r.interviewAt().format(WHEN));
                if (r.interviewEvidence() != null) out.append("  \"").append(clean(r.interviewEvidence().sentence())).append('"');
                out.append('\n');
            }
            if (r.nextInterviewAt() != null) out.append("    Next interview: ").append(r.nextInterviewAt().format(WHEN)).append('\n');
            if (r.deadline() != null) {
                out.append("    They said: \"").append(clean(r.deadlineEvidence().sentence())).append("\" → ").append(r.deadline().format(DAY)).append('\n');
            }
            if (r.draft() != null) {
                out.append("    Draft to ").append(clean(r.draft().to())).append(" — ").append(clean(r.draft().subject())).append('\n');
                for (String line : r.draft().body().split("\n")) out.append("      | ").append(clean(line)).append('\n');
            }
            out.append('\n');
        }
        if (!a.ignored().isEmpty()) {
            out.append("Not interview threads:\n");
            for (IgnoredThread t : a.ignored()) out.append("  - ").append(clean(t.subject())).append(": ").append(t.why()).append('\n');
        }
        if (!errors.isEmpty()) {
            out.append("\nCould not read everything:\n");
            for (ReadError e : errors) out.append("  - ").append(e.where()).append(": ").append(clean(e.why())).append('\n');
        }
        return out.toString();
    }

    /** Terminal escapes in a subject could rewrite the screen: mail text is shown without control characters. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").replace('\n', ' ');
    }
}
