package dev.hearback.gmail;

import com.google.api.services.gmail.model.Draft;
import dev.hearback.mail.Address;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.Fields;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.RawField;

/**
 * Saves a reply as a Gmail draft in its thread with users.drafts.create (10 quota units). Hearback
 * never sends mail: there is no call to messages.send or drafts.send anywhere.
 *
 * <p>The reply is built with mime4j (RFC 5322 / MIME): {@code In-Reply-To} is the replied message's
 * Message-ID, {@code References} its References (or In-Reply-To) plus its Message-ID, the subject
 * gets one {@code Re: } unless it has one already, non-ASCII header text is RFC 2047 encoded, and the
 * body is UTF-8 text/plain, quoted-printable. Gmail puts a draft in the given {@code threadId} only
 * when these headers agree with the thread, which they do.
 */
public final class DraftCreator {
    private static final Pattern HAS_RE = Pattern.compile("^\\s*re\\s*(\\[\\d+\\])?\\s*:", Pattern.CASE_INSENSITIVE);

    private final GmailCalls calls;
    private final Clock clock;

    DraftCreator(GmailCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /** Replies to the thread's latest message. */
    public CreatedDraft create(MailThread thread, dev.hearback.compose.Draft draft, Address from, QuotaMeter meter) throws GmailException {
        if (thread.messages().isEmpty()) throw new IllegalArgumentException("thread " + thread.id() + " has no message to reply to");
        return create(thread.id(), thread.messages().get(thread.messages().size() - 1), draft, from, meter);
    }

    /**
     * @param threadId the Gmail thread id the draft goes in
     * @param replyTo the message replied to (its Message-ID, References and subject are used)
     * @param draft to (the contact's address), subject (may be blank: the replied subject is used), body
     * @param from the user's address, or null to let Gmail use the account's default
     */
    public CreatedDraft create(String threadId, Message replyTo, dev.hearback.compose.Draft draft, Address from, QuotaMeter meter)
            throws GmailException {
        Objects.requireNonNull(threadId, "threadId");
        byte[] raw = mime(replyTo, draft, from, clock);
        com.google.api.services.gmail.model.Message message = new com.google.api.services.gmail.model.Message()
                .encodeRaw(raw)
                .setThreadId(threadId);
        Draft created = calls.execute(() -> calls.gmail.users().drafts().create(GmailSync.ME, new Draft().setMessage(message)),
                GmailMethod.DRAFTS_CREATE, meter);
        var m = created.getMessage();
        return new CreatedDraft(created.getId(), m == null ? null : m.getId(), m == null || m.getThreadId() == null ? threadId : m.getThreadId());
    }

    /** The reply as RFC 5322 bytes. */
    static byte[] mime(Message replyTo, dev.hearback.compose.Draft draft, Address from, Clock clock) {
        try {
            org.apache.james.mime4j.dom.Message.Builder b = org.apache.james.mime4j.dom.Message.Builder.of();
            b.setField(Fields.version("1.0"));
            b.setDate(Date.from(clock.instant()), TimeZone.getTimeZone(clock.getZone()));
            if (from != null && !from.email().isEmpty()) b.setFrom(mailbox(from.name(), from.email()));
            b.setTo(recipient(draft.to(), replyTo));
            String subject = draft.subject() == null || draft.subject().isBlank() ? replyTo.subject() : draft.subject();
            b.setSubject(replySubject(subject));
            if (replyTo.messageId() != null) {
                b.setField(new RawField("In-Reply-To", "<" + replyTo.messageId() + ">"));
                // mime4j folds the long line when it writes the field.
                String refs = String.join(" ", references(replyTo).stream().map(id -> "<" + id + ">").toList());
                b.setField(new RawField("References", refs));
            }
            b.setBody(crlf(draft.body() == null ? "" : draft.body()), StandardCharsets.UTF_8);
            b.setContentTransferEncoding("quoted-printable");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DefaultMessageWriter().writeMessage(b.build(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the reply", e); // in-memory: does not happen
        }
    }

    /** {@code Re: } once: "Interview" and "RE: Interview" give "Re: Interview" and "RE: Interview". */
    public static String replySubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return HAS_RE.matcher(s).find() ? s : "Re: " + s;
    }

    /** RFC 5322 3.6.4: the parent's References (or its In-Reply-To), then the parent's Message-ID. */
    static List<String> references(Message parent) {
        List<String> ids = new ArrayList<>(parent.references());
        if (ids.isEmpty() && parent.inReplyTo() != null) ids.add(parent.inReplyTo());
        if (parent.messageId() != null) {
            ids.remove(parent.messageId());
            ids.add(parent.messageId());
        }
        return ids;
    }

    /** The contact: {@code draft.to()} (an address, or "Name <address>"); the name from the thread when it knows one. */
    private static Mailbox recipient(String to, Message replyTo) {
        if (to == null || to.isBlank()) {
            Address a = replyTo.replyAddress();
            if (a == null) throw new IllegalArgumentException("no recipient");
            return mailbox(a.name(), a.email());
        }
        // Address.parseList reads raw UTF-8 names whole ("Jürgen Müller <j@x.example>").
        List<Address> all = Address.parseList(to.strip());
        if (all.isEmpty() || !all.get(0).email().contains("@")) {
            throw new IllegalArgumentException("not an address: " + to);
        }
        Address parsed = all.get(0);
        String name = parsed.name();
        if (name.isBlank()) {
            for (Address a : candidates(replyTo)) {
                if (a != null && a.email().equalsIgnoreCase(parsed.email()) && !a.name().isEmpty()) name = a.name();
            }
        }
        return mailbox(name, parsed.email());
    }

    private static List<Address> candidates(Message m) {
        List<Address> out = new ArrayList<>();
        out.add(m.from());
        out.add(m.replyTo());
        out.addAll(m.to());
        out.addAll(m.cc());
        return out;
    }

    private static Mailbox mailbox(String name, String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) throw new IllegalArgumentException("not an address: " + email);
        return new Mailbox(name == null || name.isBlank() ? null : name, email.substring(0, at), email.substring(at + 1));
    }

    private static String crlf(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }
}
