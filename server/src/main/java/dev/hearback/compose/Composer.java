package dev.hearback.compose;

import dev.hearback.plan.ActionType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the reply for an action in Hearback's own words (policy.md, "Composed messages"): short,
 * addressed by first name, naming the role and company, recalling their stated date, polite, with
 * at most one question and no pressure or complaint. {@link Guardrails} holds every draft to that.
 */
public final class Composer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

    /** The facts a draft may use; any of them may be null. */
    public record Facts(String contactFirstName, String contactEmail, String company, String role, LocalDate interviewDay,
                        LocalDate deadline, String subject, String userFirstName) {}

    public Draft compose(ActionType type, Facts f) {
        if (!type.hasDraft()) return null;
        String greeting = "Hi " + (blank(f.contactFirstName()) ? "there" : f.contactFirstName()) + ",";
        String roleAt = roleAt(f);
        String day = f.interviewDay() == null ? "" : " on " + DAY.format(f.interviewDay());
        String body = switch (type) {
            case THANK_YOU -> "Thank you for taking the time to talk with me" + day + " about " + roleAt + ". "
                    + "I enjoyed our conversation and came away even more interested in the work. "
                    + "If anything more from me would help, I am happy to send it.";
            case CHECK_IN -> (f.deadline() != null
                    ? "You mentioned you hoped to have news by " + DAY.format(f.deadline()) + ", so I wanted to check in on " + roleAt + ". "
                    : "I wanted to check in on " + roleAt + " after our interview" + day + ". ")
                    + "I remain very interested in the position. Is there any update you can share on the timeline?";
            case FOLLOW_UP -> "I am following up on my earlier note about " + roleAt + ". "
                    + "I understand these decisions take time, and I am still keen on the opportunity. "
                    + "I would be glad to hear where things stand whenever you have a moment.";
            case FINAL_NOTE -> "I wanted to send one last note about " + roleAt + ". "
                    + "I appreciated the chance to interview and remain interested, but I will assume the team has moved forward unless I hear otherwise. "
                    + "Thank you again for your time, and I hope our paths cross in the future.";
            case REQUEST_FEEDBACK -> "Thank you for letting me know about " + roleAt + ". "
                    + "I appreciated the chance to meet the team. "
                    + "If you have a moment, would you share any feedback that could help me in future interviews?";
            case WITHDRAW -> "I have accepted another offer, so I would like to withdraw from consideration for " + roleAt + ". "
                    + "Thank you sincerely for your time and the conversations so far; I hope our paths cross again.";
            case CALL -> "I tried to reach you about " + roleAt + " and wanted to follow up by email as well. "
                    + "I remain very interested and would welcome a quick call. Would late morning or around 4:30 pm suit you better?";
            case ESCALATE -> "I interviewed for " + roleAt + day + " and have not yet heard about next steps. "
                    + "I am still very interested and would be grateful for any update you can share.";
            default -> throw new IllegalArgumentException(type + " has no draft");
        };
        String signOff = "Best regards," + (blank(f.userFirstName()) ? "" : "\n" + f.userFirstName());
        String text = greeting + "\n\n" + body + "\n\n" + signOff;
        Guardrails.check(text);
        return new Draft(f.contactEmail(), replySubject(f.subject()), text);
    }

    private static String roleAt(Facts f) {
        boolean role = !blank(f.role());
        boolean company = !blank(f.company());
        if (role && company) return "the " + f.role() + " role at " + f.company();
        if (role) return "the " + f.role() + " role";
        if (company) return "the position at " + f.company();
        return "the position";
    }

    static String replySubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return s.matches("(?i)^re\\s*:.*") ? s : "Re: " + s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
