package dev.hearback.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds one {@link Message} from a message's header fields and its decoded parts, whatever read
 * them: mime4j over an mbox or .eml file, or the Gmail API's payload. Keeping one builder means the
 * headers, text selection, quote removal and calendar parsing behave the same for every source.
 */
public final class MessageAssembler {
    private final List<String[]> headers = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<String> calendars = new ArrayList<>();
    private final Set<String> labels = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private String gmailThreadId;
    private Supplier<Instant> fallbackSent = () -> null;

    /** A raw header field (name, unfolded value, RFC 2047 words still encoded). */
    public MessageAssembler header(String name, String value) {
        headers.add(new String[] {name.strip(), value == null ? "" : value});
        return this;
    }

    /** A decoded text part; {@code mimeType} is text/plain or text/html. */
    public MessageAssembler text(String mimeType, String content) {
        if ("text/html".equalsIgnoreCase(mimeType)) {
            if (html.length() > 0) html.append('\n');
            html.append(content);
        } else {
            if (plain.length() > 0) plain.append('\n');
            plain.append(content);
        }
        return this;
    }

    /** A text/calendar or application/ics part. */
    public MessageAssembler calendar(String ics) {
        calendars.add(ics);
        return this;
    }

    public MessageAssembler gmailThreadId(String id) {
        this.gmailThreadId = id;
        return this;
    }

    public MessageAssembler labels(Iterable<String> gmailLabels) {
        gmailLabels.forEach(l -> labels.add(l.strip()));
        return this;
    }

    /** When the Date header is missing or garbage, this instant is used (the mbox separator's date, Gmail's internalDate). */
    public MessageAssembler fallbackSent(Instant instant) {
        return fallbackSent(() -> instant);
    }

    /** As {@link #fallbackSent(Instant)}, worked out only if needed (parsing each mbox separator's date is a twentieth of reading). */
    public MessageAssembler fallbackSent(Supplier<Instant> instant) {
        this.fallbackSent = instant;
        return this;
    }

    /** Something read wrong but not fatal (an unknown charset, say): reported with the message. */
    public MessageAssembler problem(String why) {
        problems.add(why);
        return this;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * @throws MailFormatException when the message has no usable date at all
     */
    public Message build() {
        HeaderReader h = new HeaderReader(headers);
        String labelHeader = h.raw("X-Gmail-Labels");
        if (labelHeader != null) {
            for (String l : labelHeader.split(",")) if (!l.isBlank()) labels.add(l.strip());
        }
        if (gmailThreadId == null) gmailThreadId = h.raw("X-GM-THRID");

        Instant sent;
        ZoneOffset offset;
        SentDate date = SentDate.parse(h.raw("Date"));
        Instant fallback;
        if (date != null) {
            sent = date.instant();
            offset = date.offset();
        } else if ((fallback = fallbackSent.get()) != null) {
            problems.add(h.raw("Date") == null
                    ? "no Date header; used the mbox date"
                    : "unreadable Date '" + Snippet.of(h.raw("Date"), 60) + "'; used the mbox date");
            sent = fallback;
            offset = ZoneOffset.UTC;
        } else {
            throw new MailFormatException("no usable Date header");
        }

        BodyText body = BodyText.of(plain.toString(), html.toString());
        List<CalendarEvent> events = new ArrayList<>();
        for (String ics : calendars) {
            try {
                for (CalendarEvent e : IcsParser.parse(ics)) {
                    if (events.stream().noneMatch(x -> x.uid().equals(e.uid()) && x.sequence() == e.sequence())) events.add(e);
                }
            } catch (RuntimeException e) {
                problems.add("unreadable calendar part: " + Snippet.of(String.valueOf(e.getMessage()), 120));
            }
        }
        String autoSubmitted = lower(h.raw("Auto-Submitted"));
        boolean autoReplied = autoSubmitted.startsWith("auto-replied")
                || h.raw("X-Autoreply") != null || h.raw("X-Autorespond") != null
                || lower(h.raw("Precedence")).equals("auto_reply")
                || lower(h.raw("X-Auto-Response-Suppress")).contains("oof") && autoSubmitted.startsWith("auto");
        boolean autoGenerated = autoSubmitted.startsWith("auto-generated");
        String precedence = lower(h.raw("Precedence"));
        boolean bulk = h.raw("List-Unsubscribe") != null || h.raw("List-Id") != null
                || precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk");

        return new Message(
                h.messageId("Message-ID"),
                gmailThreadId == null ? null : gmailThreadId.strip(),
                h.firstAddress("From"),
                h.firstAddress("Reply-To"),
                h.addresses("To"),
                h.addresses("Cc"),
                sent,
                offset,
                h.unstructured("Subject"),
                labels,
                h.messageId("In-Reply-To"),
                h.messageIds("References"),
                new MailFlags(autoReplied, autoGenerated, bulk),
                body.newText(),
                body.signature(),
                events);
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
