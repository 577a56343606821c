package dev.hearback.infer;

import java.util.regex.Matcher;

/**
 * Finds DateTimeFinder.TOKEN's next match like {@code Matcher.find()}, but tries the alternation only
 * at positions where a token can start, instead of at every character (its large alternation is the
 * bulk of DateTimeFinder's time).
 *
 * <p>Every alternative's first character is an ASCII digit, "@" or an ASCII letter (the pattern folds
 * ASCII case only, and its \d is ASCII). An alternative starting with a letter starts with \b, except
 * the "11/19" one, whose optional weekday may start anywhere after a non-digit: so a letter other than
 * the first letters of a weekday (m, t, w, f, s) can start a token only where \b holds, i.e. after a
 * character that is not a letter, digit or "_" (Java's word characters) or at the start. Every other
 * position is skipped; at the others the pattern is tried there ({@code lookingAt} on a region that
 * runs to the end, with transparent bounds so look-behinds and \b see the text before it). The first
 * success is therefore the leftmost match, the one {@code find()} returns.
 */
final class TokenStart {
    private TokenStart() {}

    /** Like {@code m.find()} from {@code from}; {@code m} must have transparent, non-anchoring bounds. */
    static boolean find(Matcher m, String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (!mayStart(s, i)) continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    static boolean mayStart(String s, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9' || c == '@') return true;
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
        char lower = (char) (c | 0x20);
        if (lower == 'm' || lower == 't' || lower == 'w' || lower == 'f' || lower == 's') return true;
        if (i == 0) return true;
        char before = s.charAt(i - 1);
        return !(before == '_' || Character.isLetterOrDigit(before));
    }
}
