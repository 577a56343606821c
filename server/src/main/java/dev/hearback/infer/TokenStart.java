package dev.hearback.infer;

import java.util.regex.Matcher;

/**
 * Finds DateTimeFinder.TOKEN's next match like {@code Matcher.find()}, but tries the alternation only
 * at positions where a token can start, instead of at every character (its large alternation, with
 * some sixty groups to reset per attempt, is the bulk of DateTimeFinder's time).
 *
 * <p>Where a token can start, alternative by alternative (the pattern folds ASCII case only, and its
 * \d is ASCII):
 * <ul>
 *   <li>at an ASCII digit not preceded by one: the digit alternatives begin with \b, or with a
 *       look-behind refusing a digit before;
 *   <li>at "@" ("@ 3");
 *   <li>at a word start (the start, or after a character that is not a letter, digit or "_": where \b
 *       can hold before a letter) whose word begins with one of {@link #WORD_PREFIXES}: a weekday, a
 *       month, "the", next/this/coming/last, today/tonight/tomorrow/yesterday, earlier/later,
 *       noon/midday, "at", or a zone;
 *   <li>inside a word, only the "11/19" alternative's optional weekday, which has no \b: there the
 *       text must begin with a weekday and a "/" must follow somewhere.
 * </ul>
 * Each test is looser than the pattern, so every position skipped is one where no match starts. At
 * the others the pattern is tried there ({@code lookingAt} on a region that runs to the end, with
 * transparent bounds so look-behinds and \b see the text before it). The first success is therefore
 * the leftmost match, the one {@code find()} returns.
 */
final class TokenStart {
    private static final Prefixes WEEKDAYS = new Prefixes("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Prefixes WORD_PREFIXES = new Prefixes(
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "the", "nex", "thi", "com", "las", "tod", "ton", "tom", "yes", "ear", "lat", "noo", "mid", "at",
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "ces",
        "eas", "cen", "mou", "pac", "uk", "lon");

    private TokenStart() {}

    /** Like {@code m.find()} from {@code from}; {@code m} must have transparent, non-anchoring bounds. */
    static boolean find(Matcher m, String s, int from) {
        int n = s.length();
        int lastSlash = s.lastIndexOf('/');
        for (int i = from; i < n; i++) {
            if (!mayStart(s, i, lastSlash)) continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    private static boolean mayStart(String s, int i, int lastSlash) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') return i == 0 || !isAsciiDigit(s.charAt(i - 1));
        if (c == '@') return true;
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
        boolean wordStart = i == 0 || !RegexClasses.word(s.charAt(i - 1));
        if (wordStart) return WORD_PREFIXES.at(s, i);
        return i < lastSlash && WEEKDAYS.at(s, i);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
