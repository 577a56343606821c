package dev.hearback.infer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's next match like {@code Matcher.find()}, trying it only where a match can start,
 * for patterns whose every alternative starts with {@code \b} and then one of a few ASCII letters
 * ({@code ^} also allowed). {@code find()} tries a long alternation at every character; most
 * characters are inside words or start a word with another letter, where no alternative can begin.
 *
 * <p>Looser than the pattern: a match start is a position where \b holds before a letter, i.e. the
 * start of the text or after a character that is not a letter, digit or "_" (Java's word characters),
 * and the letter is one of the first letters given, in either ASCII case (the patterns fold ASCII case
 * only, or not at all, so no other character can match an ASCII letter). At those positions the pattern
 * is tried with {@code lookingAt} on a region running to the end with transparent bounds (so \b and
 * look-arounds see the text around it) and without anchoring bounds (so ^ is still the text's start);
 * the first success is the leftmost match, the one {@code find()} returns.
 */
final class WordStarts {
    private final Pattern pattern;
    private final boolean[] first = new boolean[128];

    /** {@code letters}: every letter an alternative of {@code pattern} can start with, in lower case. */
    WordStarts(Pattern pattern, String letters) {
        this.pattern = pattern;
        for (char c : letters.toCharArray()) {
            if (c < 'a' || c > 'z') throw new IllegalArgumentException("lower-case ASCII letters only: " + letters);
            first[c] = true;
            first[c - 'a' + 'A'] = true;
        }
    }

    Matcher matcher(String s) {
        return pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether the pattern matches anywhere in {@code s}, as {@code pattern.matcher(s).find()}. */
    boolean in(String s) {
        return find(matcher(s), s, 0);
    }

    /** Like {@code m.find()} from {@code from}; {@code m} from {@link #matcher}. */
    boolean find(Matcher m, String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !first[c]) continue;
            if (i > 0) {
                char before = s.charAt(i - 1);
                if (before == '_' || Character.isLetterOrDigit(before)) continue;
            }
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }
}
