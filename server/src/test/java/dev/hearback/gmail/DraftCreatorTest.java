package dev.hearback.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.compose.Draft;
import dev.hearback.mail.Address;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import dev.hearback.mail.MessageAssembler;
import dev.hearback.mail.MimeMessageReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** drafts.create through the real client: a threaded MIME reply, and never a send. */
class DraftCreatorTest {
    GmailTestKit kit;

    @BeforeEach
    void start() throws Exception {
        kit = new GmailTestKit();
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void aReplyDraftLandsInTheThreadWithReplyHeaders() throws Exception {
        GmailMailbox box = kit.mailbox();
        SyncResult synced = box.sync();
        MailThread windrose = GmailTestKit.thread(synced.threads(), GmailSyncTest.WINDROSE);
        Message parent = GmailTestKit.last(windrose);
        kit.fake.clearRequests();

        String body = "Hi Gabriela,\n\nThank you again for Tuesday’s conversation — I’m still very interested.\n\nBest,\nSam";
        CreatedDraft d = box.createDraft(windrose, new Draft("gabriela.ruiz@windrose.example", "", body),
                new Address("Sam Rivera", "sam.rivera@gmail.com"));

        assertEquals(GmailSyncTest.WINDROSE, d.threadId(), "Gmail kept the draft in the thread");
        assertTrue(d.draftId().startsWith("r-"), d.draftId());
        assertEquals(1, kit.fake.count("POST", "/gmail/v1/users/me/drafts"));
        assertEquals(1, kit.fake.gmailRequests());
        assertEquals(0, kit.fake.requests().stream().filter(r -> r.path().contains("send")).count(), "never sends");
        assertEquals(10, box.quota().units() - synced.quota().units());

        String raw = kit.fake.draftRaw(d.draftId());
        assertTrue(raw.contains("In-Reply-To: <" + parent.messageId() + ">"), raw);
        var mime = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
        String subject = mime.getSubject();
        assertEquals("Re: Windrose Apparel — Product Marketing Manager interview", subject, "one Re:, decoded");
        assertTrue(raw.lines().anyMatch(l -> l.startsWith("Subject: =?UTF-8?")), "RFC 2047 encoded subject:\n" + raw);
        assertTrue(raw.chars().allMatch(c -> c < 128), "7-bit message");
        assertEquals("gabriela.ruiz@windrose.example", mime.getTo().flatten().get(0).getAddress());
        assertEquals("Gabriela Ruiz", mime.getTo().flatten().get(0).getName(), "name taken from the thread");
        assertEquals("sam.rivera@gmail.com", mime.getFrom().get(0).getAddress());
        assertEquals("text/plain", mime.getMimeType());
        assertEquals("UTF-8", mime.getCharset());
        String text = new String(((TextBody) mime.getBody()).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(body.replace("\n", "\r\n"), text.stripTrailing());

        // References: the parent's References, then the parent's Message-ID (RFC 5322 3.6.4).
        Message reread = new MimeMessageReader().read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)), Instant::now).build();
        List<String> expected = new java.util.ArrayList<>(parent.references());
        expected.add(parent.messageId());
        assertEquals(expected, reread.references());
        assertEquals(parent.messageId(), reread.inReplyTo());
    }

    @Test
    void ourOwnDraftDoesNotCountAsMailAndCostsNoRefetch() throws Exception {
        GmailMailbox box = kit.mailbox();
        MailThread orion = GmailTestKit.thread(box.sync().threads(), GmailSyncTest.ORION);
        box.createDraft(orion, new Draft("martin.kowalski@orionfields.example", "Re: " + orion.subject(), "Hi Martin"), null);
        kit.fake.clearRequests();

        SyncResult r = box.sync();

        assertEquals(1, kit.fake.gmailRequests(), () -> "only history.list: " + kit.fake.requests());
        assertEquals(orion.messages().size(), GmailTestKit.thread(r.threads(), GmailSyncTest.ORION).messages().size());
        // A full read of the thread (which Gmail returns with the draft in it) leaves the draft out too.
        MailThread full = kit.service.mailbox("other", GmailCredentials.forAccessToken(kit.fake.newAccessToken(), null))
                .thread(GmailSyncTest.ORION).orElseThrow();
        assertEquals(orion.messages().size(), full.messages().size());
        assertEquals(orion.messages().size() + 1, kit.fake.threadIdsAndMessages(GmailSyncTest.ORION).size());
    }

    @Test
    void headersThatDoNotMatchTheThreadWouldLandElsewhere() throws Exception {
        // The fake applies Gmail's threading rule; this shows the test above is not vacuous.
        GmailMailbox box = kit.mailbox();
        MailThread orion = GmailTestKit.thread(box.sync().threads(), GmailSyncTest.ORION);
        Message stranger = new MessageAssembler()
                .header("Message-ID", "<not-in-thread@example.org>")
                .header("Subject", "Something else")
                .header("Date", "Fri, 20 Nov 2026 10:00:00 +0000")
                .build();
        CreatedDraft d = box.createDraft(orion.id(), stranger, new Draft("martin.kowalski@orionfields.example", "", "x"), null);
        assertFalse(d.threadId().equals(orion.id()));
    }

    @Test
    void replySubjects() {
        assertEquals("Re: Interview", DraftCreator.replySubject("Interview"));
        assertEquals("Re: Interview", DraftCreator.replySubject("Re: Interview"));
        assertEquals("RE: Interview", DraftCreator.replySubject("RE: Interview"));
        assertEquals("re : Interview", DraftCreator.replySubject("re : Interview"));
        assertEquals("Re[2]: Interview", DraftCreator.replySubject("Re[2]: Interview"));
        assertEquals("Re: Fwd: Interview", DraftCreator.replySubject("Fwd: Interview"));
        assertEquals("Re: Reference check", DraftCreator.replySubject("Reference check"));
        assertEquals("Re: ", DraftCreator.replySubject(null));
    }

    @Test
    void referencesFallBackToInReplyTo() {
        Message parent = new MessageAssembler()
                .header("Message-ID", "<b@x>")
                .header("In-Reply-To", "<a@x>")
                .header("Subject", "=?UTF-8?Q?Umfrage_zum_Vorstellungsgespr=C3=A4ch?=")
                .header("From", "=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <j@x.example>")
                .header("Date", "Fri, 20 Nov 2026 10:00:00 +0000")
                .build();
        assertEquals(List.of("a@x", "b@x"), DraftCreator.references(parent));
        byte[] raw = DraftCreator.mime(parent, new Draft("j@x.example", null, "Grüße"), null,
                Clock.fixed(Instant.parse("2026-11-20T17:00:00Z"), ZoneOffset.UTC));
        String s = new String(raw, StandardCharsets.US_ASCII);
        assertTrue(s.contains("References: <a@x> <b@x>"), s);
        assertTrue(s.contains("To: =?UTF-8?") || s.contains("To: =?ISO-8859-1?"), "non-ASCII display name encoded: " + s);
        assertTrue(s.contains("Subject: =?UTF-8?") || s.contains("Subject: =?ISO-8859-1?"), "non-ASCII subject encoded: " + s);
        assertTrue(s.contains("Content-Transfer-Encoding: quoted-printable"), s);
        assertTrue(s.contains("Gr=C3=BC=C3=9Fe"), s);
        assertTrue(s.contains("MIME-Version: 1.0"), s);
        assertFalse(s.contains("\n\n") && !s.contains("\r\n\r\n"), "CRLF line ends");
    }

    @Test
    void aDraftToARawUtf8NameGoesToTheWholeAddress() throws Exception {
        Message parent = new MessageAssembler()
                .header("Message-ID", "<b@x>")
                .header("Subject", "Interview")
                .header("Date", "Fri, 20 Nov 2026 10:00:00 +0000")
                .build();
        byte[] raw = DraftCreator.mime(parent, new Draft("Jürgen Müller <juergen.mueller@x.example>", "", "Hallo"), null, Clock.systemUTC());
        var mime = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(raw));
        assertEquals("juergen.mueller@x.example", mime.getTo().flatten().get(0).getAddress());
        assertEquals("Jürgen Müller", mime.getTo().flatten().get(0).getName());
    }

    @Test
    void aLongReferencesChainIsFolded() throws Exception {
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 40; i++) refs.append("<message-").append(i).append("@a-rather-long-host-name.example> ");
        Message parent = new MessageAssembler()
                .header("Message-ID", "<last@x>")
                .header("References", refs.toString())
                .header("Subject", "Interview")
                .header("Date", "Fri, 20 Nov 2026 10:00:00 +0000")
                .build();
        String s = new String(DraftCreator.mime(parent, new Draft("a@b.example", "", "x"), null, Clock.systemUTC()), StandardCharsets.US_ASCII);
        assertTrue(s.lines().allMatch(l -> l.length() <= 998), "no header line over RFC 5322's limit");
        Message reread = new MimeMessageReader().read(new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII)), Instant::now).build();
        assertEquals(41, reread.references().size(), s);
    }
}
