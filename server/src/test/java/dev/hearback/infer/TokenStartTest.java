package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** TokenStart must find exactly the matches (and groups) that {@code TOKEN.matcher(s).find()} finds. */
class TokenStartTest {
    /** Pieces that exercise every alternative and its boundaries: words, digits, separators, non-ASCII word characters. */
    private static final String[] PIECES = {
        "mon", "Monday", "tue", "Tues", "wed", "thu", "Thurs", "fri", "sat", "Sunday", "jan", "Nov.", "november", "May", "dec",
        "the", "of", "next", "this", "coming", "last", "today", "tonight", "tomorrow", "yesterday", "morning", "earlier",
        "later", "noon", "midday", "at", "@", "am", "p.m.", "pm", "ET", "EST", "Pacific", "UK", "time", "London", "GMT",
        "1", "12", "2026", "16th", "3rd", "11/19", "2026-11-20", "9:30", "14:00", "15", "st", "nd",
        "CEST", "cet", "Eastern", "central", "Mountain", "pt", "utc", "BST", "edt", "mdt", "cdt", "London time", "uk",
        "this coming", "this afternoon", "later today", "earlier", "Sept", "March", "wednesday", "thur", "xmon", "atmon", "3pm",
        "the 3rd", "Tue.", "4/5", "/", "0", "9",
        " ", " ", " ", ",", ".", "/", ":", "-", "'s", "_", "x", "é", "\u0301", "\u00A0", "\n", "%", "minutes", "street", "Ave"
    };

    @Test
    void findsWhatFindFinds() {
        Random random = new Random(20261122);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(14);
            for (int i = 0; i < parts; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
            String s = b.toString();
            assertEquals(withFind(s), withTokenStart(s), s);
        }
    }

    private static List<String> withFind(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = DateTimeFinder.TOKEN.matcher(s);
        while (m.find()) out.add(describe(m));
        return out;
    }

    private static List<String> withTokenStart(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = DateTimeFinder.TOKEN.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; TokenStart.find(m, s, from); from = m.end()) out.add(describe(m));
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.start(g)).append(',').append(m.end(g));
        return b.toString();
    }
}
