package dev.hearback.addon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void escapesTheThreeHtmlCharacters() {
        assertEquals("&lt;script&gt;a &amp;&amp; b&lt;/script&gt;", SafeText.escapeHtml("<script>a && b</script>"));
        assertEquals("plain", SafeText.escapeHtml("plain"));
        assertEquals("", SafeText.escapeHtml(null));
        assertEquals("&amp;lt;", SafeText.escapeHtml("&lt;"), "an entity in mail shows as typed");
    }

    @Test
    void htmlCleansFoldsAndEscapes() {
        assertEquals("a &lt;b&gt; c", SafeText.html("  a\t<b>\n\n c \u0000\u0007 ", 100));
        assertEquals("", SafeText.html(null, 10));
        assertEquals("", SafeText.html(" \u202E\u2066 ", 10));
    }

    @Test
    void plainSwapsAngleBracketsAndKeepsAmpersand() {
        assertEquals("Procter & Gamble \u2039script\u203A", SafeText.plain("Procter & Gamble <script>", 100));
    }

    @Test
    void cutsOnCharacterBoundariesWithAnEllipsis() {
        String s = "x".repeat(10_000);
        String cut = SafeText.clean(s, 200, false);
        assertEquals(200, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("\u2026"));

        // Emoji outside the BMP are never split into lone surrogates.
        String emoji = "\uD83D\uDE00".repeat(50);
        String e = SafeText.clean(emoji, 10, false);
        assertEquals("\uD83D\uDE00".repeat(9) + "\u2026", e);

        // A letter keeps its combining mark.
        String accents = "e\u0301".repeat(10);
        String a = SafeText.clean(accents, 6, false);
        assertFalse(a.replace("\u2026", "").endsWith("e"), "combining mark split from its letter: " + a);

        assertEquals("short", SafeText.clean("short", 5, false));
    }

    @Test
    void aHugeInputCostsLikeAShortOne() {
        String huge = "<".repeat(5_000_000);
        long t = System.nanoTime();
        String out = SafeText.html(huge, 50);
        assertTrue(System.nanoTime() - t < 500_000_000L, "took too long");
        assertTrue(out.length() < 50 * 4 + 10);
    }

    @Test
    void rightToLeftTextIsKeptAndIsolated() {
        String ar = "شركة الاختبار";
        String out = SafeText.html(ar, 100);
        assertEquals("\u2068" + ar + "\u2069", out);
        assertEquals("Acme", SafeText.html("Acme", 100), "left-to-right text is not wrapped");
        // An override inside mail text is removed, an isolate can't be closed early from inside.
        String evil = SafeText.html("abc\u2069\u202Edef " + ar, 100);
        assertEquals("\u2068abcdef " + ar + "\u2069", evil);
    }

    @Test
    void linesKeepTheirBreaksAsBr() {
        assertEquals("Hi &lt;b&gt;<br><br>Two<br>Three", SafeText.htmlLines("Hi <b>\r\n\r\n\r\n\r\nTwo\nThree\n\n", 100));
        assertEquals("a b", SafeText.clean("a\nb", 100, false));
    }
}
