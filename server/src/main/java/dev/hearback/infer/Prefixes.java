package dev.hearback.infer;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of lower-case words, tested at a position of a text ignoring ASCII case: the start test of
 * {@link WordStarts} and {@link TokenStart}. The patterns they stand in front of fold ASCII case only
 * (or not at all), so a text a pattern accepts there always passes this test. A space in a prefix
 * stands for any one character of regex \s (space, tab, newline, vertical tab, form feed, carriage
 * return), so "on " stands for a pattern's {@code on\s+} and not for "one" or "only".
 */
final class Prefixes {
    /** The prefixes by their first letter, either case; null for a character no prefix starts with. */
    private final char[][][] byFirst = new char[128][][];
    /**
     * By first character, the second characters its prefixes allow, as bits ({@link #secondBit}):
     * most word starts fail on their second character, before any prefix is compared.
     */
    private final long[] secondMask = new long[128];

    /** {@code prefixes}: each starts with a lower-case ASCII letter or a digit; later characters are compared as given, ASCII letters folded. */
    Prefixes(String... prefixes) {
        List<List<char[]>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) lists.add(new ArrayList<>());
        for (String p : prefixes) {
            if (p.isEmpty() || !(p.charAt(0) >= 'a' && p.charAt(0) <= 'z' || p.charAt(0) >= '0' && p.charAt(0) <= '9')) {
                throw new IllegalArgumentException("a prefix starts with a lower-case ASCII letter or a digit: " + p);
            }
            for (int k = 1; k < p.length(); k++) {
                if (p.charAt(k) >= 'A' && p.charAt(k) <= 'Z') throw new IllegalArgumentException("prefixes are lower case: " + p);
            }
            lists.get(p.charAt(0)).add(p.toCharArray());
            long bits = p.length() == 1 ? -1L : secondBit(p.charAt(1));
            secondMask[p.charAt(0)] |= bits;
            if (p.charAt(0) >= 'a' && p.charAt(0) <= 'z') secondMask[p.charAt(0) - 'a' + 'A'] |= bits;
        }
        for (char c = 0; c < 128; c++) {
            List<char[]> l = lists.get(c);
            if (l.isEmpty()) continue;
            byFirst[c] = l.toArray(char[][]::new);
            if (c >= 'a' && c <= 'z') byFirst[c - 'a' + 'A'] = byFirst[c];
        }
    }

    /** Whether {@code s} has one of the prefixes at {@code at}, ignoring ASCII case. */
    boolean at(String s, int at) {
        char first = s.charAt(at);
        if (first >= 128) return false;
        char[][] candidates = byFirst[first];
        if (candidates == null) return false;
        int room = s.length() - at;
        if (room > 1 && (secondMask[first] & secondBit(s.charAt(at + 1))) == 0) return false;
        next:
        for (char[] p : candidates) {
            if (p.length > room) continue;
            for (int k = 1; k < p.length; k++) {
                char c = s.charAt(at + k);
                if (p[k] == ' ') {
                    if (!RegexClasses.space(c)) continue next;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != p[k]) continue next;
            }
            return true;
        }
        return false;
    }

    /**
     * The bit of a second character: an ASCII letter (either case) its own, regex \s one shared bit,
     * every other character another shared bit (so for those the prefixes are compared in full).
     */
    private static long secondBit(char c) {
        if (c >= 'a' && c <= 'z') return 1L << (c - 'a');
        if (c >= 'A' && c <= 'Z') return 1L << (c - 'A');
        if (RegexClasses.space(c)) return 1L << 26;
        return 1L << 27;
    }
}
