package dev.hearback.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The part of a body its sender wrote now: quoted history (Gmail's "On ... wrote:", Outlook's
 * "-----Original Message-----" and "From: ... Sent:" blocks, "&gt;" lines) is dropped, and the
 * signature block (after "-- ", a sign-off such as "Best," or "Sent from my iPhone") is kept apart.
 */
public record BodyText(String newText, String signature) {
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(On\\s.{0,300}(wrote|writes)\\s*:|Le\\s.{0,200}a écrit\\s*:|Am\\s.{0,200}schrieb.{0,80}:)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*On\\s.{0,200}$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "^\\s*(-{2,}\\s*(Original Message|Forwarded message)\\s*-{2,}|_{10,})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?From:\\*?\\s.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("^\\s*\\*?(Sent|Date|To|Subject):\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIG_DASHES = Pattern.compile("^--\\s?$");
    private static final Pattern MOBILE = Pattern.compile(
            "^\\s*(Sent from my .{1,40}|Sent from (Outlook|Mail|Yahoo Mail).*|Get Outlook for .{1,30})\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A closing on a line of its own: what follows it is the signature. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^\\s*(best|best regards|best wishes|kind regards|warm regards|warmly|regards|many thanks|thanks|thank you|"
                    + "thanks again|thanks so much|cheers|sincerely|yours sincerely|yours truly|all the best|talk soon|"
                    + "respectfully|xo|xoxo|take care|with thanks|speak soon)\\s*[,.!]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int SIGN_OFF_WINDOW = 8;

    public static BodyText of(String plain, String html) {
        String text = !plain.isBlank() ? plain : htmlToText(html);
        return split(text);
    }

    static BodyText split(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isQuoteStart(lines, i)) break;
            if (line.startsWith(">")) continue;
            kept.add(line);
        }
        int sigStart = signatureStart(kept);
        String body = String.join("\n", kept.subList(0, sigStart)).strip();
        String sig = String.join("\n", kept.subList(sigStart, kept.size())).strip();
        return new BodyText(body, sig);
    }

    private static boolean isQuoteStart(String[] lines, int i) {
        String line = lines[i];
        if (ATTRIBUTION.matcher(line).matches() || ORIGINAL.matcher(line).matches()) return true;
        // Gmail wraps a long attribution over two lines.
        if (ATTRIBUTION_START.matcher(line).matches() && i + 1 < lines.length
                && ATTRIBUTION.matcher(line + " " + lines[i + 1].strip()).matches()) return true;
        return OUTLOOK_FROM.matcher(line).matches() && i + 1 < lines.length && OUTLOOK_NEXT.matcher(lines[i + 1]).matches();
    }

    private static int signatureStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (SIG_DASHES.matcher(l).matches() || MOBILE.matcher(l).matches()) return i;
        }
        int nonBlankSeen = 0;
        for (int i = lines.size() - 1; i >= 0 && nonBlankSeen < SIGN_OFF_WINDOW; i--) {
            if (lines.get(i).isBlank()) continue;
            nonBlankSeen++;
            if (SIGN_OFF.matcher(lines.get(i)).matches()) return i;
        }
        // No sign-off word: a short trailing block of name-like lines ("Martin", "Jane Doe\nRecruiter, Acme").
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) end--;
        int start = end;
        while (start > 0 && !lines.get(start - 1).isBlank()) start--;
        if (start > 0 && end - start <= 4 && looksLikeSignature(lines.subList(start, end))) return start;
        return lines.size();
    }

    private static boolean looksLikeSignature(List<String> block) {
        String first = block.get(0).strip();
        return first.length() <= 40 && !first.endsWith(".") && !first.endsWith("?") && !first.endsWith("!")
                && first.split("\\s+").length <= 4 && Character.isUpperCase(first.isEmpty() ? 'a' : first.charAt(0));
    }

    /** HTML to plain text with line breaks where blocks end; Gmail's and Outlook's quoted history removed first. */
    static String htmlToText(String html) {
        if (html.isBlank()) return "";
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title").remove();
        doc.select(".gmail_quote, blockquote, #appendonsend, .yahoo_quoted, #divRplyFwdMsg").remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.tagName().equals("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        });
        return out.toString().replace('\u00a0', ' ');
    }
}
