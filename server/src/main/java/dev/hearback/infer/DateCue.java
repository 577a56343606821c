package dev.hearback.infer;

/**
 * A cheap, exact test of whether {@link DateTimeFinder} can find anything in a sentence, so that its
 * large alternation (a quarter of the engine's time) runs only on sentences that may name a date.
 *
 * <p>A mention needs a date, and every date token of DateTimeFinder.TOKEN needs either an ASCII
 * digit (ISO, month-day, day-month, 11/19, "Monday the 16th", "the 16th") or one of these words
 * starting at a word boundary: a weekday ("mon", "tue", ... cover every spelling), "today",
 * "tonight", "tomorrow", "yesterday", or the "morning", "afternoon", "evening" of "this morning".
 * Times and zones alone make no mention. The check is looser than the regex (a word start here is
 * any position after a character that is not an ASCII letter, digit or underscore, and any case
 * folding of the sentence only adds ASCII letters), so it never skips a sentence the regex would match.
 */
final class DateCue {
    private static final String[] WORDS = {
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "today", "tonight", "tomorrow", "yesterday", "morning", "afternoon", "evening"
    };

    private DateCue() {}

    static boolean present(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String w : WORDS) {
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                if (at == 0 || !asciiWordChar(lower.charAt(at - 1))) return true;
            }
        }
        return false;
    }

    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
