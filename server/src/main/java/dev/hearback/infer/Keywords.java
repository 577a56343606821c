package dev.hearback.infer;

import java.util.Locale;

/**
 * A cheap precheck that lets a phrase rule skip its regex on a sentence that cannot match it.
 *
 * <p>Each rule lists words such that every way its regex can match contains at least one of them
 * (taken from the regex's mandatory literals). The rules are {@code CASE_INSENSITIVE} without
 * {@code UNICODE_CASE}, so they fold ASCII letters only; {@link #lower} folds ASCII letters the same
 * way (and may fold more), so a literal the regex matches always appears in the lowered sentence.
 * The test is therefore looser than the regex: it never skips a sentence the regex would match.
 */
final class Keywords {
    private final String[] words;

    private Keywords(String... words) {
        for (String w : words) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) throw new IllegalArgumentException("keywords are lower case: " + w);
        }
        this.words = words.clone();
    }

    static Keywords of(String... words) {
        return new Keywords(words);
    }

    /** The sentence as the prechecks read it; worked out once per sentence and shared by the rules. */
    static String lower(String sentence) {
        return sentence.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code lowered} (from {@link #lower}) contains any of the words, i.e. the regex may match. */
    boolean mayMatch(String lowered) {
        for (String w : words) {
            if (lowered.contains(w)) return true;
        }
        return false;
    }
}
