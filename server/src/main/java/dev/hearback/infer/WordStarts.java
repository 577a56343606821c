package dev.hearback.infer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's next match like {@code Matcher.find()}, trying it only where a match can start,
 * for patterns whose every alternative starts with {@code \b} and then one of a few words or a digit
 * ({@code ^} also allowed). {@code find()} tries a long alternation at every character; most characters are
 * inside words or start a word that no alternative begins with, where no match can start.
 *
 * <p>Looser than the pattern: a match start is a position where \b holds before a letter or digit,
 * i.e. the start of the text or after a character that is not a letter, digit or "_" (Java's word
 * characters), and where the text begins with one of the given prefixes, ignoring ASCII case
 * ({@link Prefixes}). At those positions the pattern is tried with {@code lookingAt} on a region running to the end with transparent bounds
 * (so \b and look-arounds see the text around it) and without anchoring bounds (so ^ is still the
 * text's start); the first success is the leftmost match, the one {@code find()} returns.
 */
final class WordStarts {
    private final Pattern pattern;
    private final Prefixes prefixes;

    /**
     * {@code prefixes}: lower-case ASCII words such that every match of {@code pattern} starts with one
     * of them (ignoring case); a prefix may be shorter than the word it stands for ("appli" for
     * "application" and "applied").
     */
    WordStarts(Pattern pattern, String... prefixes) {
        this.pattern = pattern;
        this.prefixes = new Prefixes(prefixes);
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
        // Whether the character before i is a word character: carried along, so each character is classified once.
        boolean afterWord = from > 0 && RegexClasses.word(s.charAt(from - 1));
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            boolean wordStart = !afterWord;
            afterWord = RegexClasses.word(c);
            if (!wordStart || !prefixes.at(s, i)) continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }
}
