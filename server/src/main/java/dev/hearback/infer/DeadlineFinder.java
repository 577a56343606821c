package dev.hearback.infer;

import dev.hearback.plan.BusinessCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sentence of theirs for a date by which they said the user would hear back. The sentence
 * must be about hearing back ("get back to you", "a decision", "be in touch"); a request to the user
 * ("please send your availability by Friday") states no deadline of theirs.
 */
public final class DeadlineFinder {
    static final Pattern HEAR_BACK = Pattern.compile(
            "\\b(get(?:ting)?\\s+back\\s+to|hear(?:ing)?\\s+(?:back|from\\s+(?:us|me|the\\s+team))|be\\s+in\\s+(?:touch|contact)|"
                    + "reach(?:ing)?\\s+out|let\\s+you\\s+know|update\\s+you|(?:an?|any|further)\\s+update|news|decision|decide|"
                    + "next\\s+steps|follow\\s+up\\s+with\\s+you|circle\\s+back|come\\s+back\\s+to\\s+you|touch\\s+base|"
                    + "outcome|contact\\s+you|finali[sz]e|wrap\\s+up|feedback\\s+(?:to|for)\\s+you|respond\\s+to\\s+you|an\\s+answer|"
                    + "share\\s+(?:our\\s+|some\\s+|any\\s+)?(?:feedback|news|an?\\s+update|a\\s+decision|next\\s+steps))",
            Pattern.CASE_INSENSITIVE);
    static final Pattern REQUEST = Pattern.compile(
            "\\b(please\\s+(?:send|reply|respond|confirm|complete|submit|return|share|let\\s+(?:me|us)\\s+know)|could\\s+you|can\\s+you|"
                    + "would\\s+you|kindly|let\\s+(?:me|us)\\s+know|your\\s+availability)\\b",
            Pattern.CASE_INSENSITIVE);

    /** HEAR_BACK and REQUEST tried only at the words their alternatives begin with (WordStarts). */
    static final WordStarts HEAR_BACK_STARTS = new WordStarts(HEAR_BACK, "get", "hear", "be ", "reach", "let ", "update", "a ", "an ",
            "any ", "further", "news", "deci", "next", "follow", "circle", "come", "touch", "outcome", "contact", "finali", "wrap",
            "feedback", "respond", "share");
    static final WordStarts REQUEST_STARTS = new WordStarts(REQUEST, "please", "could", "can ", "would", "kindly", "let ", "your");

    /**
     * Keyword precheck for HEAR_BACK ({@link Keywords}): get/hear/circle/come back, hear from, touch, contact,
     * reach out, let you know, update, news, decision/decide, next steps, follow up, outcome, finalise/finalize,
     * wrap up, feedback, respond, an answer, share.
     */
    private static final Keywords HEAR_BACK_WORDS = Keywords.of("back", "hear", "touch", "contact", "reach", "know",
            "update", "news", "deci", "step", "follow", "outcome", "finali", "wrap", "feedback", "respond", "answer", "share");

    /**
     * Keyword precheck per rule of {@link DeadlineRules#ALL}, in the same order ({@link Keywords}): each
     * list holds a literal that every alternative of the rule's regex contains ("week" for the week
     * rules, "end" for the month's end, a digit for a date, a weekday's first three letters for a
     * weekday, and so on), so a rule whose words are all absent cannot match and its regex is skipped.
     */
    private static final List<Keywords> RULE_WORDS = List.of(
            Keywords.of("day"),                                      // within N business days
            Keywords.of("week"),                                     // end of next week
            Keywords.of("week"),                                     // end of the week
            Keywords.of("week"),                                     // early next week
            Keywords.of("week"),                                     // mid next week
            Keywords.of("week"),                                     // next week
            Keywords.of("end"),                                      // end of the month, by month-end
            Keywords.of("next"),                                     // next weekday
            Keywords.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), // by a date: every form has a digit
            Keywords.of("mon", "tue", "wed", "thu", "fri", "sat", "sun"), // by a weekday
            Keywords.of("week", "day", "hour"),                      // within a week
            Keywords.of("week"),                                     // this week
            Keywords.of("tomorrow"),                                 // tomorrow
            Keywords.of("soon", "shortly", "day", "week", "touch")); // no deadline

    static {
        if (RULE_WORDS.size() != DeadlineRules.ALL.size()) throw new IllegalStateException("one keyword list per deadline rule");
    }

    private DeadlineFinder() {}

    /** The outcome of reading one sentence: no statement, a statement with no date ("soon"), or a date. */
    public record Found(boolean stated, LocalDate deadline, String rule) {
        static final Found NOTHING = new Found(false, null, null);
    }

    /** Whether the sentence speaks of their hearing back at all (its dates are then not interview plans). */
    public static boolean aboutHearingBack(String sentence) {
        return aboutHearingBack(sentence, Keywords.lower(sentence));
    }

    /** {@code lowered}: the sentence from {@link Keywords#lower}, worked out once by the caller. */
    static boolean aboutHearingBack(String sentence, String lowered) {
        return hearBack(sentence, lowered) && !REQUEST_STARTS.in(sentence);
    }

    private static boolean hearBack(String sentence, String lowered) {
        return HEAR_BACK_WORDS.mayMatch(lowered) && HEAR_BACK_STARTS.in(sentence);
    }

    public static Found read(String sentence, LocalDate sent, BusinessCalendar calendar) {
        return read(sentence, Keywords.lower(sentence), sent, calendar);
    }

    static Found read(String sentence, String lowered, LocalDate sent, BusinessCalendar calendar) {
        if (!hearBack(sentence, lowered) || REQUEST_STARTS.in(sentence)) return Found.NOTHING;
        for (int i = 0; i < DeadlineRules.ALL.size(); i++) {
            DeadlineRule rule = DeadlineRules.ALL.get(i);
            if (!RULE_WORDS.get(i).mayMatch(lowered)) continue;
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                Optional<LocalDate> d;
                try {
                    d = rule.resolve().at(m, sent, calendar);
                } catch (DateTimeException | NumberFormatException e) {
                    // "by 18/18", "by Feb 30", a count beyond int: this phrase names no date, so the
                    // next phrase (or rule) is read instead of failing the whole run (found by fuzzing).
                    continue;
                }
                return new Found(true, d.orElse(null), rule.name());
            }
        }
        return Found.NOTHING;
    }
}
