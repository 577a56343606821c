package dev.hearback.addon;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Makes text that came from mail safe to put on a card.
 *
 * <p>Google renders {@code textParagraph}, {@code decoratedText} and section headers as a small
 * subset of HTML, so every mail-derived string is escaped ({@code &}, {@code <}, {@code >}) before
 * it goes there: a subject of {@code <script>} shows as those characters. Plain-text fields (card
 * header, notification) are not HTML, but they get {@code <} and {@code >} swapped for the look-alike
 * angle quotes so no client that did treat them as markup could be fooled.
 *
 * <p>Everything is cut to a length a sidebar can show, on a character (grapheme) boundary, so a
 * surrogate pair or a letter with its combining marks is never split. Control characters are
 * dropped. Right-to-left text keeps its letters and order; only the invisible bidi override and
 * isolate controls (U+202A to U+202E, U+2066 to U+2069) are removed, and a value holding
 * right-to-left letters is wrapped in a first-strong isolate (U+2068 ... U+2069) so it can't flip the
 * labels around it.
 */
public final class SafeText {
    /** Longest subject shown (code points). */
    public static final int SUBJECT = 200;
    /** Longest name, company, role or address shown. */
    public static final int NAME = 100;
    /** Longest quoted evidence sentence shown. */
    public static final int SENTENCE = 300;
    /** Longest reason ("why") shown. */
    public static final int REASON = 600;
    /** Longest draft body preview shown. */
    public static final int BODY = 1500;
    /** Longest card header title shown. */
    public static final int TITLE = 120;

    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    static final String ELLIPSIS = "\u2026";

    private SafeText() {}

    /** One line of mail text, escaped for a card's formatted-text field. */
    public static String html(String s, int maxCodePoints) {
        return isolate(escapeHtml(clean(s, maxCodePoints, false)));
    }

    /** Several lines of mail text (a body), escaped, each line isolated, joined with {@code <br>}. */
    public static String htmlLines(String s, int maxCodePoints) {
        String cleaned = clean(s, maxCodePoints, true);
        if (cleaned.isEmpty()) return "";
        StringBuilder out = new StringBuilder(cleaned.length() + 16);
        String[] lines = cleaned.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append("<br>");
            out.append(isolate(escapeHtml(lines[i])));
        }
        return out.toString();
    }

    /** One line of mail text for a plain-text field (card header, notification, button). */
    public static String plain(String s, int maxCodePoints) {
        return isolate(clean(s, maxCodePoints, false).replace('<', '\u2039').replace('>', '\u203A'));
    }

    /** Escapes the characters that HTML gives meaning to in text: {@code & < >}. */
    public static String escapeHtml(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (rep != null) {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Drops control characters, lone surrogates and bidi controls, folds white space (keeping line
     * breaks when {@code multiline}), and cuts to {@code maxCodePoints} with an ellipsis.
     */
    public static String clean(String s, int maxCodePoints, boolean multiline) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = new StringBuilder(Math.min(s.length(), maxCodePoints * 2 + 16));
        boolean pendingSpace = false;
        int pendingNewlines = 0;
        // Reading stops well past the limit: a 10 MB subject costs no more than a short one.
        int budget = maxCodePoints * 4 + 64;
        for (int i = 0; i < s.length() && budget > 0; budget--) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < s.length() && s.charAt(i) == '\n') continue; // CRLF counts once
            boolean lineBreak = cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
            if (lineBreak) {
                if (multiline) {
                    pendingNewlines = Math.min(2, pendingNewlines + 1); // at most one blank line
                    pendingSpace = false;
                } else {
                    pendingSpace = true;
                }
                continue;
            }
            if (cp == '\t' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (pendingNewlines == 0) pendingSpace = true;
                continue;
            }
            if (dropped(cp)) continue;
            if (out.length() > 0) {
                if (pendingNewlines > 0) out.append("\n".repeat(pendingNewlines));
                else if (pendingSpace) out.append(' ');
            }
            pendingSpace = false;
            pendingNewlines = 0;
            out.appendCodePoint(cp);
        }
        return truncate(out.toString(), maxCodePoints);
    }

    /** Cuts {@code s} to at most {@code maxCodePoints} (plus an ellipsis) on a character boundary. */
    static String truncate(String s, int maxCodePoints) {
        if (s.codePointCount(0, s.length()) <= maxCodePoints) return s;
        int limit = s.offsetByCodePoints(0, Math.max(0, maxCodePoints - 1));
        BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
        chars.setText(s);
        int cut = chars.isBoundary(limit) ? limit : chars.preceding(limit);
        if (cut == BreakIterator.DONE) cut = 0;
        String head = s.substring(0, cut).stripTrailing();
        return head + ELLIPSIS;
    }

    /** Wraps text holding right-to-left letters in a first-strong isolate. */
    static String isolate(String s) {
        if (s.isEmpty() || !hasRightToLeft(s)) return s;
        return FSI + s + PDI;
    }

    static boolean hasRightToLeft(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean dropped(int cp) {
        if (Character.isISOControl(cp)) return true; // C0, DEL, C1
        if (cp >= 0xD800 && cp <= 0xDFFF) return true; // a lone surrogate
        if (cp >= 0x202A && cp <= 0x202E) return true; // LRE RLE PDF LRO RLO
        if (cp >= 0x2066 && cp <= 0x2069) return true; // LRI RLI FSI PDI
        if (cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) return true;
        return cp >= 0xFFF9 && cp <= 0xFFFB; // interlinear annotation controls
    }
}
