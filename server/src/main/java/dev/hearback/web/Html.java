package dev.hearback.web;

/**
 * Text into HTML. Mail content is untrusted: every value from mail goes through {@link #text},
 * which escapes the five characters that could open a tag or leave an attribute, so it is inert
 * in element content and in quoted attribute values alike.
 */
final class Html {
    private Html() {}

    static String text(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
