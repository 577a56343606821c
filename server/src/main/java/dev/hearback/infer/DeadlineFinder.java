package dev.hearback.infer;

import dev.hearback.plan.BusinessCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sentence of theirs for a date by which they said the user would hear back. The sentence
 * must be about hearing back ("get back to you", "a decision", "be in touch"); a request to the user
 * ("please send your availability by Friday") states no deadline of theirs.
 */
public final class DeadlineFinder {
    private static final Pattern HEAR_BACK = Pattern.compile(
            "\\b(get(?:ting)?\\s+back\\s+to|hear(?:ing)?\\s+(?:back|from\\s+(?:us|me|the\\s+team))|be\\s+in\\s+(?:touch|contact)|"
                    + "reach(?:ing)?\\s+out|let\\s+you\\s+know|update\\s+you|(?:an?|any|further)\\s+update|news|decision|decide|"
                    + "next\\s+steps|follow\\s+up\\s+with\\s+you|circle\\s+back|come\\s+back\\s+to\\s+you|touch\\s+base|"
                    + "outcome|contact\\s+you|finali[sz]e|wrap\\s+up|feedback\\s+(?:to|for)\\s+you|respond\\s+to\\s+you|an\\s+answer|"
                    + "share\\s+(?:our\\s+|some\\s+|any\\s+)?(?:feedback|news|an?\\s+update|a\\s+decision|next\\s+steps))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(please\\s+(?:send|reply|respond|confirm|complete|submit|return|share|let\\s+(?:me|us)\\s+know)|could\\s+you|can\\s+you|"
                    + "would\\s+you|kindly|let\\s+(?:me|us)\\s+know|your\\s+availability)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Keyword precheck for HEAR_BACK ({@link Keywords}): get/hear/circle/come back, hear from, touch, contact,
     * reach out, let you know, update, news, decision/decide, next steps, follow up, outcome, finalise/finalize,
     * wrap up, feedback, respond, an answer, share.
     */
    private static final Keywords HEAR_BACK_WORDS = Keywords.of("back", "hear", "touch", "contact", "reach", "know",
            "update", "news", "deci", "step", "follow", "outcome", "finali", "wrap", "feedback", "respond", "answer", "share");

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
        return hearBack(sentence, lowered) && !REQUEST.matcher(sentence).find();
    }

    private static boolean hearBack(String sentence, String lowered) {
        return HEAR_BACK_WORDS.mayMatch(lowered) && HEAR_BACK.matcher(sentence).find();
    }

    public static Found read(String sentence, LocalDate sent, BusinessCalendar calendar) {
        return read(sentence, Keywords.lower(sentence), sent, calendar);
    }

    static Found read(String sentence, String lowered, LocalDate sent, BusinessCalendar calendar) {
        if (!hearBack(sentence, lowered) || REQUEST.matcher(sentence).find()) return Found.NOTHING;
        for (DeadlineRule rule : DeadlineRules.ALL) {
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
