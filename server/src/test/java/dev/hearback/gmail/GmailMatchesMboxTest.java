package dev.hearback.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.mail.CalendarEvent;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.MailboxReader;
import dev.hearback.mail.Message;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same mail read two ways gives the same messages: the mbox reader over the RFC 5322 files,
 * and the Gmail adapter over the fake's Gmail API payloads built from those files.
 */
class GmailMatchesMboxTest {

    @Test
    void everyFieldTheEngineReadsIsTheSame() throws Exception {
        Map<String, Message> fromMbox = new HashMap<>();
        Map<String, String> mboxThreadOf = new HashMap<>();
        MailboxReader reader = new MailboxReader();
        for (String name : GmailTestKit.MBOXES) {
            try (InputStream in = GmailTestKit.mbox(name)) {
                var box = reader.readMbox(in);
                assertEquals(List.of(), box.errors());
                for (MailThread t : box.threads()) {
                    for (Message m : t.messages()) {
                        fromMbox.put(m.messageId(), m);
                        mboxThreadOf.put(m.messageId(), t.id());
                    }
                }
            }
        }

        SyncResult r;
        try (GmailTestKit kit = new GmailTestKit()) {
            r = kit.mailbox().sync();
        }
        assertEquals(List.of(), r.errors());

        int compared = 0;
        boolean sawCalendar = false, sawAttachmentCalendar = false;
        for (MailThread t : r.threads()) {
            for (Message g : t.messages()) {
                Message m = fromMbox.remove(g.messageId());
                String id = g.messageId();
                assertTrue(m != null, "in the mbox: " + id);
                // Gmail's API writes the X-GM-THRID number in hex.
                assertEquals(GmailTestKit.hex(mboxThreadOf.get(id)), t.id(), id);
                assertEquals(t.id(), g.gmailThreadId(), id);
                assertEquals(m.from(), g.from(), id);
                assertEquals(m.replyTo(), g.replyTo(), id);
                assertEquals(m.to(), g.to(), id);
                assertEquals(m.cc(), g.cc(), id);
                assertEquals(m.sent(), g.sent(), id);
                assertEquals(m.sentOffset(), g.sentOffset(), id);
                assertEquals(m.subject(), g.subject(), id);
                assertEquals(m.labels(), g.labels(), id);
                assertEquals(m.inReplyTo(), g.inReplyTo(), id);
                assertEquals(m.references(), g.references(), id);
                assertEquals(m.flags(), g.flags(), id);
                assertEquals(m.newText(), g.newText(), id);
                assertEquals(m.signature(), g.signature(), id);
                assertEquals(m.events().size(), g.events().size(), id);
                for (int i = 0; i < m.events().size(); i++) {
                    CalendarEvent a = m.events().get(i), b = g.events().get(i);
                    assertEquals(a.uid(), b.uid(), id);
                    assertEquals(a.start(), b.start(), id);
                    assertEquals(a.method(), b.method(), id);
                    assertEquals(a.status(), b.status(), id);
                    assertEquals(a.summary(), b.summary(), id);
                    sawCalendar = true;
                    if (id.equals("nl-2@nordlicht.example")) sawAttachmentCalendar = true;
                }
                // Nothing else differs: the whole record, with the thread id in Gmail's hex.
                assertEquals(new Message(m.messageId(), GmailTestKit.hex(m.gmailThreadId()), m.from(), m.replyTo(), m.to(), m.cc(),
                        m.sent(), m.sentOffset(), m.subject(), m.labels(), m.inReplyTo(), m.references(), m.flags(), m.newText(),
                        m.signature(), m.events()), g, id);
                compared++;
            }
        }
        assertEquals(23, compared);
        assertTrue(sawCalendar && sawAttachmentCalendar);
        // Only the Promotions newsletter is not a candidate.
        assertEquals(1, fromMbox.size(), fromMbox.keySet().toString());
        assertTrue(fromMbox.values().iterator().next().labels().contains("Category Promotions"));
    }

    @Test
    void spotChecksOfWhatWasRead() throws Exception {
        try (GmailTestKit kit = new GmailTestKit()) {
            SyncResult r = kit.mailbox().sync();
            MailThread stratus = GmailTestKit.thread(r.threads(), GmailSyncTest.STRATUS);
            Message invite = stratus.messages().stream().filter(m -> m.subject().startsWith("Invitation:")).findFirst().orElseThrow();
            assertEquals("yvonne.adeyemi@stratus.example", invite.from().email());
            assertEquals(1, invite.events().size(), "inline text/calendar and invite.ics are the same event");
            assertEquals("2026-11-10T09:00-08:00[America/Los_Angeles]", invite.events().get(0).start().toString());

            MailThread nordlicht = GmailTestKit.thread(r.threads(), GmailSyncTest.NORDLICHT);
            Message first = nordlicht.messages().get(0);
            assertEquals("Ihr Vorstellungsgespräch bei Nordlicht", first.subject());
            assertEquals("Jürgen Müller", first.from().name());
            assertTrue(first.newText().contains("Vorstellungsgespräch am Dienstag, 24. November"), first.newText());
            assertTrue(first.labels().contains("Unread"));
            Message second = nordlicht.messages().get(1);
            assertFalse(second.newText().contains("forwarded text"), "message/rfc822 is not this message's text");
            assertEquals("2026-11-24T09:00Z", second.events().get(0).start().toString().replace("[UTC]", ""));

            MailThread windrose = GmailTestKit.thread(r.threads(), GmailSyncTest.WINDROSE);
            assertEquals("Windrose Apparel — Product Marketing Manager interview", windrose.subject());
            assertTrue(windrose.messages().stream().anyMatch(m -> m.labels().contains("Sent")));
        }
    }
}
