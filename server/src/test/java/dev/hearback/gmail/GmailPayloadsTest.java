package dev.hearback.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartBody;
import com.google.api.services.gmail.model.MessagePartHeader;
import com.google.api.services.gmail.model.Thread;
import dev.hearback.mail.Message;
import dev.hearback.mail.MessageAssembler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GmailPayloads on hand-made Gmail API objects (no server). */
class GmailPayloadsTest {
    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1@x\r\n"
            + "DTSTART:20261201T150000Z\r\nDTEND:20261201T160000Z\r\nSUMMARY:Final interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    static MessagePartHeader h(String name, String value) {
        return new MessagePartHeader().setName(name).setValue(value);
    }

    static MessagePart leaf(String partId, String mime, String contentType, byte[] data, String filename) {
        MessagePartBody body = new MessagePartBody().setSize(data.length);
        if (filename.isEmpty()) body.encodeData(data);
        else body.setAttachmentId("att-" + partId);
        List<MessagePartHeader> headers = new ArrayList<>();
        headers.add(h("Content-Type", contentType));
        if (!filename.isEmpty()) headers.add(h("Content-Disposition", "attachment; filename=\"" + filename + "\""));
        return new MessagePart().setPartId(partId).setMimeType(mime).setFilename(filename).setHeaders(headers).setBody(body);
    }

    static com.google.api.services.gmail.model.Message message(String id, List<String> labels, MessagePart payload) {
        return new com.google.api.services.gmail.model.Message().setId(id).setThreadId("t1").setLabelIds(labels)
                .setInternalDate(Instant.parse("2026-11-20T12:00:00Z").toEpochMilli()).setPayload(payload);
    }

    static MessagePart multipart(String type, List<MessageHeaderPair> top, MessagePart... parts) {
        List<MessagePartHeader> headers = new ArrayList<>();
        for (MessageHeaderPair p : top) headers.add(h(p.name, p.value));
        return new MessagePart().setPartId("").setMimeType(type).setFilename("").setHeaders(headers)
                .setBody(new MessagePartBody().setSize(0)).setParts(List.of(parts));
    }

    record MessageHeaderPair(String name, String value) {}

    static List<MessageHeaderPair> top(String subject) {
        return List.of(new MessageHeaderPair("From", "Ana Lima <ana@acme.example>"),
                new MessageHeaderPair("To", "sam@example.org"),
                new MessageHeaderPair("Subject", subject),
                new MessageHeaderPair("Date", "Fri, 20 Nov 2026 07:00:00 -0500"),
                new MessageHeaderPair("Message-ID", "<m1@acme.example>"),
                new MessageHeaderPair("Content-Type", "multipart/mixed; boundary=x"));
    }

    @Test
    void anAttachmentOnlyCalendarIsFetchedAndCounted() throws Exception {
        List<String> fetched = new ArrayList<>();
        var m = message("m1", List.of("INBOX"), multipart("multipart/mixed", top("Interview"),
                leaf("0", "text/plain", "text/plain; charset=UTF-8", "See the invite.".getBytes(StandardCharsets.UTF_8), ""),
                leaf("1", "application/ics", "application/ics; name=invite.ics", ICS.getBytes(StandardCharsets.UTF_8), "invite.ics")));
        MessageAssembler asm = GmailPayloads.assemble(m, (mid, aid) -> {
            fetched.add(mid + "/" + aid);
            return ICS.getBytes(StandardCharsets.UTF_8);
        });
        Message built = asm.build();
        assertEquals(List.of("m1/att-1"), fetched);
        assertEquals("2026-12-01T15:00Z", built.events().get(0).start().toString().replace("[UTC]", ""));
        assertEquals("See the invite.", built.newText());
    }

    @Test
    void theInviteAttachmentIsNotFetchedWhenTheCalendarIsInline() throws Exception {
        var m = message("m1", List.of("INBOX"), multipart("multipart/mixed", top("Invitation"),
                leaf("0", "text/calendar", "text/calendar; charset=UTF-8; method=REQUEST", ICS.getBytes(StandardCharsets.UTF_8), ""),
                leaf("1", "application/ics", "application/ics; name=invite.ics", ICS.getBytes(StandardCharsets.UTF_8), "invite.ics")));
        Message built = GmailPayloads.assemble(m, (mid, aid) -> {
            throw new AssertionError("fetched " + aid);
        }).build();
        assertEquals(1, built.events().size());
    }

    @Test
    void charsetsComeFromEachPart() throws Exception {
        Charset latin1 = Charset.forName("ISO-8859-1");
        var m = message("m1", List.of("INBOX", "UNREAD"), multipart("multipart/alternative", top("=?UTF-8?Q?Gespr=C3=A4ch?="),
                leaf("0", "text/plain", "text/plain; charset=\"iso-8859-1\"", "Grüße aus Köln".getBytes(latin1), ""),
                leaf("1", "text/plain", "text/plain; charset=x-klingon", "plain ascii".getBytes(latin1), ""),
                leaf("2", "text/plain", "text/plain; charset=UTF-8", "an attachment".getBytes(latin1), "notes.txt")));
        MessageAssembler asm = GmailPayloads.assemble(m, GmailPayloads.AttachmentSource.NONE);
        Message built = asm.build();
        assertEquals("Gespräch", built.subject());
        assertTrue(built.newText().contains("Grüße aus Köln"), built.newText());
        assertTrue(!built.newText().contains("an attachment"), "text attachments are not the message's text");
        assertTrue(asm.problems().stream().anyMatch(p -> p.contains("x-klingon")), asm.problems().toString());
        assertEquals(java.util.Set.of("Inbox", "Unread"), built.labels());
    }

    @Test
    void headerValuesGmailMayGiveDecodedAreReadToo() throws Exception {
        // Whether Gmail hands out RFC 2047 words or decoded text, the subject reads the same.
        var m = message("m1", List.of("SENT"), multipart("multipart/mixed", top("Vorstellungsgespräch — Rückmeldung"),
                leaf("0", "text/plain", "text/plain; charset=UTF-8", "Danke!".getBytes(StandardCharsets.UTF_8), "")));
        Message built = GmailPayloads.assemble(m, GmailPayloads.AttachmentSource.NONE).build();
        assertEquals("Vorstellungsgespräch — Rückmeldung", built.subject());
        assertEquals(java.util.Set.of("Sent"), built.labels());
    }

    @Test
    void aMissingDateFallsBackToInternalDate() throws Exception {
        MessagePart p = leaf("", "text/plain", "text/plain", "hi".getBytes(StandardCharsets.UTF_8), "");
        p.getHeaders().add(h("From", "a@b.example"));
        MessageAssembler asm = GmailPayloads.assemble(message("m1", List.of(), p), GmailPayloads.AttachmentSource.NONE);
        assertEquals(Instant.parse("2026-11-20T12:00:00Z"), asm.build().sent());
    }

    @Test
    void draftsAreLeftOutOfTheThreadAndBadMessagesAreReported() throws Exception {
        MessagePart good = multipart("multipart/mixed", top("Interview"),
                leaf("0", "text/plain", "text/plain; charset=UTF-8", "Hello".getBytes(StandardCharsets.UTF_8), ""));
        MessagePart noDate = leaf("", "text/plain", "text/plain", "x".getBytes(StandardCharsets.UTF_8), "");
        var undated = message("m3", List.of("INBOX"), noDate).setInternalDate(null);
        Thread t = new Thread().setId("t1").setMessages(List.of(
                message("m1", List.of("INBOX"), good),
                message("m2", List.of("DRAFT"), good),
                undated));
        GmailPayloads.ParsedThread parsed = GmailPayloads.thread(t, GmailPayloads.AttachmentSource.NONE);
        assertEquals(1, parsed.thread().messages().size());
        assertEquals(1, parsed.errors().size());
        assertEquals("gmail message m3", parsed.errors().get(0).where());
    }
}
