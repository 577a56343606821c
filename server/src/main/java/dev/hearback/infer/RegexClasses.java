package dev.hearback.infer;

/**
 * The character classes of java.util.regex that the hand-written prechecks must read exactly as the
 * patterns do (without UNICODE_CHARACTER_CLASS): {@code \s} and the word characters of {@code \b}.
 */
final class RegexClasses {
    /** The ASCII word characters, looked up rather than compared: this test runs for every character of every scanned text. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private RegexClasses() {}

    /** {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A word character as {@code \b} reads the character before a position: a letter, digit or "_"
     * (ASCII ones without a table lookup). A combining mark after a letter also counts for \b, so a
     * test that treats it as a non-word character is looser than the pattern, never stricter.
     */
    static boolean word(char c) {
        if (c < 128) return ASCII_WORD[c];
        return Character.isLetterOrDigit(c);
    }
}
