package dev.hearback.infer;

import dev.hearback.mail.Message;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An automatic reply is not an answer (policy.md): {@code Auto-Submitted: auto-replied}, an
 * "Automatic reply:" subject, or out-of-office wording. Its return date is read from the sentence
 * that says when they are back.
 */
public final class AutoReplyDetector {
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(automatic\\s+reply|auto(matic)?[-\\s]?reply|out\\s+of\\s+(the\\s+)?office|ooo|abwesenheit|r[ée]ponse\\s+automatique)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDING = Pattern.compile(
            "\\b(out\\s+of\\s+(the\\s+)?office|on\\s+(annual\\s+|parental\\s+|medical\\s+)?leave|on\\s+(vacation|holiday|pto)|away\\s+from\\s+(the\\s+office|my\\s+desk|email)"
                    + "|limited\\s+(access\\s+to\\s+)?(e-?mail|connectivity)|currently\\s+(away|travell?ing|out))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RETURN = Pattern.compile(
            "\\b(until|till|through|thru|returning|return|back|in\\s+the\\s+office)\\b", Pattern.CASE_INSENSITIVE);

    // Keyword prechecks (Keywords): every alternative of the pattern named contains one of these.
    /** out of (the) office, on ... leave, on vacation/holiday/PTO, away from, limited ..., currently ... */
    private static final Keywords WORDING_WORDS = Keywords.of("office", "leave", "vacation", "holiday", "pto", "away", "limited", "currently");
    /** until/till, through/thru, return(ing), back, in the office. */
    private static final Keywords RETURN_WORDS = Keywords.of("till", "through", "thru", "return", "back", "office");

    private AutoReplyDetector() {}

    /** {@code sentences}: the message's new text, split by {@link Sentences}. */
    public static Optional<AutoReply> detect(Message m, List<String> sentences, ZoneId zone) {
        boolean byHeader = m.flags().autoReplied() || SUBJECT.matcher(m.subject()).matches();
        boolean byWording = sentences.stream().limit(4).anyMatch(s -> WORDING_WORDS.mayMatch(Keywords.lower(s)) && WORDING.matcher(s).find());
        if (!byHeader && !byWording) return Optional.empty();
        LocalDate sent = m.sent().atZone(zone).toLocalDate();
        for (String s : sentences) {
            if (!RETURN_WORDS.mayMatch(Keywords.lower(s)) || !RETURN.matcher(s).find()) continue;
            List<TimeMention> dates = DateTimeFinder.find(s, sent, DateTimeFinder.Direction.FUTURE);
            if (!dates.isEmpty()) {
                return Optional.of(new AutoReply(m.sent(), dates.get(dates.size() - 1).date(), new Evidence(s, m.messageId())));
            }
        }
        String first = sentences.isEmpty() ? m.subject() : sentences.get(0);
        return Optional.of(new AutoReply(m.sent(), null, new Evidence(first, m.messageId())));
    }
}
