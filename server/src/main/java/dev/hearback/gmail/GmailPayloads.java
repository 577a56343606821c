package dev.hearback.gmail;

import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartBody;
import com.google.api.services.gmail.model.MessagePartHeader;
import dev.hearback.mail.MailFormatException;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import dev.hearback.mail.MessageAssembler;
import dev.hearback.mail.ReadError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.ContentDispositionFieldLenientImpl;
import org.apache.james.mime4j.field.ContentTypeFieldLenientImpl;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.CharsetUtil;

/**
 * Reads Gmail API messages ({@code format=full}) into the mail model, through the same
 * {@link MessageAssembler} the mbox reader uses: the top-level headers, the text/plain and
 * text/html parts (base64url bodies decoded, charset from each part's Content-Type), and the
 * text/calendar / application/ics parts. Like the mbox reader it skips attachment bodies and
 * forwarded messages (message/rfc822).
 *
 * <p>Gmail gives a part's body inline ({@code body.data}) or, for attachments and large parts, only
 * as {@code body.attachmentId}. Such a calendar part is fetched with users.messages.attachments.get
 * (5 quota units) unless the message already has an inline calendar part (invitations carry the same
 * event twice: inline text/calendar and an invite.ics attachment).
 */
public final class GmailPayloads {
    static final int MAX_TEXT_BYTES = 1024 * 1024;
    static final int MAX_CALENDAR_BYTES = 256 * 1024;
    private static final int MAX_DEPTH = 32;

    /** Fetches an attachment body: users.messages.attachments.get. */
    @FunctionalInterface
    public interface AttachmentSource {
        byte[] fetch(String messageId, String attachmentId) throws IOException;

        AttachmentSource NONE = (m, a) -> null;
    }

    /** A thread as read: its messages (drafts left out) and what could not be read. */
    public record ParsedThread(MailThread thread, List<ReadError> errors) {
        public ParsedThread {
            errors = List.copyOf(errors);
        }
    }

    private GmailPayloads() {}

    /**
     * Reads a users.threads.get answer. Draft messages (label DRAFT) are left out: a draft is not
     * mail that happened, and Hearback's own reply drafts must not count as sent follow-ups.
     */
    public static ParsedThread thread(com.google.api.services.gmail.model.Thread t, AttachmentSource attachments) throws IOException {
        List<Message> messages = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        if (t.getMessages() != null) {
            for (com.google.api.services.gmail.model.Message m : t.getMessages()) {
                if (m.getLabelIds() != null && m.getLabelIds().contains("DRAFT")) continue;
                String where = "gmail message " + m.getId();
                try {
                    MessageAssembler asm = assemble(m, attachments);
                    messages.add(asm.build());
                    for (String p : asm.problems()) errors.add(new ReadError(where, p));
                } catch (MailFormatException | IllegalArgumentException e) {
                    errors.add(new ReadError(where, "message skipped: " + e.getMessage()));
                }
            }
        }
        return new ParsedThread(new MailThread(t.getId(), messages), errors);
    }

    /** Feeds one Gmail message into a new assembler; call {@code build()} and read {@code problems()}. */
    public static MessageAssembler assemble(com.google.api.services.gmail.model.Message m, AttachmentSource attachments) throws IOException {
        MessageAssembler asm = new MessageAssembler();
        if (m.getThreadId() != null) asm.gmailThreadId(m.getThreadId());
        asm.labels(GmailLabels.toTakeout(m.getLabelIds()));
        if (m.getInternalDate() != null) asm.fallbackSent(Instant.ofEpochMilli(m.getInternalDate()));
        MessagePart payload = m.getPayload();
        if (payload == null) {
            asm.problem("no payload (was the thread fetched with format=full?)");
            return asm;
        }
        if (payload.getHeaders() != null) {
            for (MessagePartHeader h : payload.getHeaders()) {
                if (h.getName() != null) asm.header(h.getName(), h.getValue());
            }
        }
        List<MessagePart> leaves = new ArrayList<>();
        collect(payload, leaves, 0, asm);
        boolean inlineCalendar = leaves.stream().anyMatch(p -> isCalendar(p) && hasInlineData(p));
        for (MessagePart p : leaves) {
            String type = mimeType(p);
            if (isCalendar(p)) {
                if (!hasInlineData(p) && inlineCalendar) continue; // the same invitation again, as invite.ics
                byte[] bytes = body(m.getId(), p, attachments, MAX_CALENDAR_BYTES, asm);
                if (bytes != null) asm.calendar(new String(bytes, charset(p, asm)));
            } else if ((type.equals("text/plain") || type.equals("text/html")) && !isAttachment(p)) {
                byte[] bytes = body(m.getId(), p, attachments, MAX_TEXT_BYTES, asm);
                if (bytes != null) asm.text(type, new String(bytes, charset(p, asm)));
            }
        }
        return asm;
    }

    /** Depth-first, in document order, the leaf parts; message/rfc822 parts are not entered. */
    private static void collect(MessagePart part, List<MessagePart> out, int depth, MessageAssembler asm) {
        if (depth > MAX_DEPTH) {
            asm.problem("MIME nesting deeper than " + MAX_DEPTH + "; the rest was not read");
            return;
        }
        String type = mimeType(part);
        if (type.equals("message/rfc822")) return;
        if (type.startsWith("multipart/") || part.getParts() != null && !part.getParts().isEmpty()) {
            if (part.getParts() != null) for (MessagePart child : part.getParts()) collect(child, out, depth + 1, asm);
            return;
        }
        out.add(part);
    }

    private static byte[] body(String messageId, MessagePart p, AttachmentSource attachments, int max, MessageAssembler asm) throws IOException {
        MessagePartBody body = p.getBody();
        if (body == null) return new byte[0];
        byte[] bytes;
        if (body.getData() != null) {
            bytes = decode(body, asm);
        } else if (body.getAttachmentId() != null) {
            if (body.getSize() != null && body.getSize() > max) {
                asm.problem("part " + p.getPartId() + " (" + mimeType(p) + ") of " + body.getSize() + " bytes not read");
                return null;
            }
            bytes = attachments.fetch(messageId, body.getAttachmentId());
            if (bytes == null) return null;
        } else {
            return new byte[0];
        }
        return bytes.length > max ? Arrays.copyOf(bytes, max) : bytes;
    }

    private static byte[] decode(MessagePartBody body, MessageAssembler asm) {
        try {
            return body.decodeData();
        } catch (IllegalArgumentException e) {
            asm.problem("undecodable base64url body");
            return new byte[0];
        }
    }

    private static boolean hasInlineData(MessagePart p) {
        return p.getBody() != null && p.getBody().getData() != null;
    }

    static boolean isCalendar(MessagePart p) {
        String t = mimeType(p);
        return t.equals("text/calendar") || t.equals("application/ics");
    }

    static String mimeType(MessagePart p) {
        String t = p.getMimeType();
        if (t == null || t.isBlank()) {
            ContentTypeField ct = contentType(p);
            t = ct == null ? "text/plain" : ct.getMimeType();
        }
        return t.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isAttachment(MessagePart p) {
        String v = header(p, "Content-Disposition");
        if (v == null) return false;
        ContentDispositionField f = ContentDispositionFieldLenientImpl.PARSER.parse(new RawField("Content-Disposition", v), DecodeMonitor.SILENT);
        return f.isAttachment();
    }

    /** The part's charset (its Content-Type header), UTF-8 when absent; an unknown one is a reported problem. */
    static Charset charset(MessagePart p, MessageAssembler asm) {
        ContentTypeField ct = contentType(p);
        String name = ct == null ? null : ct.getCharset();
        if (name == null || name.isBlank()) return StandardCharsets.UTF_8;
        Charset cs = CharsetUtil.lookup(name.strip());
        if (cs == null) {
            asm.problem("unknown charset '" + (name.length() > 40 ? name.substring(0, 40) : name) + "', read as UTF-8");
            return StandardCharsets.UTF_8;
        }
        return cs;
    }

    private static ContentTypeField contentType(MessagePart p) {
        String v = header(p, "Content-Type");
        return v == null ? null : ContentTypeFieldLenientImpl.PARSER.parse(new RawField("Content-Type", v), DecodeMonitor.SILENT);
    }

    private static String header(MessagePart p, String name) {
        if (p.getHeaders() == null) return null;
        for (MessagePartHeader h : p.getHeaders()) if (name.equalsIgnoreCase(h.getName())) return h.getValue();
        return null;
    }
}
