package dev.hearback.mail;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headers written in raw UTF-8 (RFC 6532, as many mail clients send them) are read whole: a
 * non-ASCII display name once cut the end off the address ("j@x.exampl"), so a reply would have
 * gone nowhere.
 */
class RawUtf8HeadersTest {
    private static Message read(String headers) throws IOException {
        String mbox = "From 1@xxx Mon Nov 16 15:00:00 +0000 2026\n"
                + "X-GM-THRID: 1\n"
                + "Date: Mon, 16 Nov 2026 10:00:00 -0500\n"
                + "Message-ID: <1@test>\n"
                + "Subject: Interview\n"
                + headers
                + "Content-Type: text/plain; charset=UTF-8\n\nHello.\n\n";
        Mailbox mb = new MailboxReader().readMbox(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
        assertTrue(mb.errors().isEmpty(), mb.errors().toString());
        return mb.threads().get(0).messages().get(0);
    }

    @Test
    void rawNonAsciiDisplayName_keepsTheWholeAddress() throws IOException {
        Message m = read("From: Jürgen Müller <j@x.example>\nTo: pat@example.com\n");
        assertEquals("j@x.example", m.from().email());
        assertEquals("Jürgen Müller", m.from().name());
    }

    @Test
    void everyAddressOfAListIsWhole_quotedOrNot() throws IOException {
        Message m = read("From: \"Müller, Jürgen\" <j@x.example>\nTo: \"Zoë Ødegaard\" <zoe@y.example>, Björk <b@y.example>, 日本 太郎 <taro@z.example>\n"
                + "Reply-To: Jürgen Müller <juergen.mueller@recruit.example>\n");
        assertEquals(new Address("Müller, Jürgen", "j@x.example"), m.from());
        assertEquals(List.of(new Address("Zoë Ødegaard", "zoe@y.example"), new Address("Björk", "b@y.example"), new Address("日本 太郎", "taro@z.example")), m.to());
        assertEquals("juergen.mueller@recruit.example", m.replyAddress().email(), "a reply goes to the whole address");
    }

    @Test
    void rawUtf8Address_andEncodedWordsStillRead() throws IOException {
        Message m = read("From: =?UTF-8?B?SsO8cmdlbg==?= <j@x.example>\nTo: jürgen@bücher.example\n");
        assertEquals(new Address("Jürgen", "j@x.example"), m.from());
        assertEquals("jürgen@bücher.example", m.to().get(0).email());
    }

    @Test
    void quotesWrittenInsideAnEncodedWordStayInTheName() throws IOException {
        // =22 is a quote the sender typed: text, not header syntax (RFC 2047: parse, then decode).
        Message m = read("From: Dana =?utf-8?q?=22Q=22?= O'Brien <dana@x.example>\nTo: \"Doe, Jane\" <jane@y.example>\n");
        assertEquals(new Address("Dana \"Q\" O'Brien", "dana@x.example"), m.from());
        assertEquals(new Address("Doe, Jane", "jane@y.example"), m.to().get(0), "the header's own quotes go");
    }
}
