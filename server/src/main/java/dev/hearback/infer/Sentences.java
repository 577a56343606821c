package dev.hearback.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message's text into sentences, the unit every inference quotes as its evidence.
 * Hard-wrapped lines of one paragraph are joined; short lines (greetings, list items) stand alone;
 * abbreviations such as "a.m.", "Nov." and "Dr." do not end a sentence.
 */
public final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?]+[\"')\\]]*\\s+(?=[\"'(\\[]?[A-Z0-9])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:a\\.m|p\\.m|mr|mrs|ms|dr|st|jr|sr|vs|etc|e\\.g|i\\.e|no|approx|dept|inc|ltd|co"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|\\b[A-Z])\\.+$");
    private static final int WRAP_WIDTH = 50;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LIST_ITEM = Pattern.compile("^[-*•·]\\s.*");

    private Sentences() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        // Typographic apostrophes ("won’t") read like typed ones, so every phrase rule sees one spelling.
        text = text.replace('\u2019', '\'').replace('\u2018', '\'');
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            StringBuilder unit = new StringBuilder();
            int previousLineLength = 0;
            for (String raw : paragraph.split("\n")) { // String.split's one-character fast path; same result as a Pattern
                String line = raw.strip();
                if (line.isEmpty()) continue;
                // A short previous line was a line of its own, not a wrapped one.
                if (unit.length() > 0 && (previousLineLength < WRAP_WIDTH || LIST_ITEM.matcher(line).matches())) {
                    splitInto(unit.toString(), out);
                    unit.setLength(0);
                }
                if (unit.length() > 0) unit.append(' ');
                unit.append(line);
                previousLineLength = line.length();
            }
            if (unit.length() > 0) splitInto(unit.toString(), out);
        }
        return out;
    }

    private static void splitInto(String unit, List<String> out) {
        Matcher m = END.matcher(unit);
        int start = 0;
        for (int from = 0; nextEnd(m, unit, from); from = m.end()) {
            if (endsInAbbreviation(unit, start, m.start() + 1)) continue;
            add(unit.substring(start, m.end()), out);
            start = m.end();
        }
        add(unit.substring(start), out);
    }

    /**
     * END's next match from {@code from}, as {@code find()} would give it, tried only at ".", "!" and
     * "?" (every match starts with one) instead of at every character. END looks ahead, never behind,
     * so a region from the candidate to the end sees all it needs.
     */
    private static boolean nextEnd(Matcher m, String unit, int from) {
        int n = unit.length();
        for (int i = from; i < n; i++) {
            char c = unit.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** The longest word ABBREVIATION knows ("approx"): its match starts at most this far before the final dots. */
    private static final int LONGEST_ABBREVIATION = 6;

    /**
     * Whether {@code unit[start, end)} ends in an abbreviation, exactly as ABBREVIATION.find() on that
     * substring, without copying it or scanning it from its start: a match is a word ending in a letter
     * followed by the final run of dots, so it starts at most LONGEST_ABBREVIATION before that run. The
     * region keeps transparent bounds so \b sees the character before it; at {@code start} that is
     * the whitespace END consumed (or the start of the unit), which \b reads like the start of input.
     */
    private static boolean endsInAbbreviation(String unit, int start, int end) {
        int dots = end;
        while (dots > start && unit.charAt(dots - 1) == '.') dots--;
        if (dots == end) return false; // "\\.+$" needs a final dot
        int from = Math.max(start, dots - LONGEST_ABBREVIATION);
        return ABBREVIATION.matcher(unit).region(from, end).useTransparentBounds(true).find();
    }

    private static void add(String s, List<String> out) {
        String t = s.strip();
        if (!t.isEmpty()) out.add(t);
    }
}
