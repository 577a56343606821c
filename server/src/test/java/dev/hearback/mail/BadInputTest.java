package dev.hearback.mail;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input never stops a run: the good messages are read, each bad one is reported under errors
 * with where it was, and nothing is lost silently (issue 2, item 7).
 */
class BadInputTest {
    private static final String GOOD = message("1", "Mon, 16 Nov 2026 10:00:00 -0500", "text/plain; charset=UTF-8", "", "Hello there.");

    static String message(String thread, String date, String type, String extra, String body) {
        return "From " + thread + "@xxx Mon Nov 16 15:00:00 +0000 2026\n"
                + "X-GM-THRID: " + thread + "\n"
                + (date == null ? "" : "Date: " + date + "\n")
                + "Message-ID: <" + thread + "@test>\n"
                + "Subject: Interview " + thread + "\n"
                + "From: Jane Doe <jane@acme.example>\n"
                + "To: pat@example.com\n"
                + "Content-Type: " + type + "\n" + extra + "\n" + body + "\n\n";
    }

    private static Mailbox read(String mbox) throws IOException {
        return new MailboxReader().readMbox(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
    }

    private static Message only(Mailbox mb, String thread) {
        return mb.threads().stream().filter(t -> t.id().equals(thread)).findFirst().orElseThrow().messages().get(0);
    }

    @Test
    void emptyFile_readsNothingAndFailsNothing() throws IOException {
        Mailbox mb = read("");
        assertTrue(mb.threads().isEmpty());
        assertTrue(mb.errors().isEmpty());
    }

    @Test
    void truncatedMbox_keepsEveryMessageBeforeTheCut() throws IOException {
        String cut = message("2", "Mon, 16 Nov 2026 11:00:00 -0500", "multipart/alternative; boundary=\"b\"", "",
                "--b\nContent-Type: text/plain\n\nWe'd like to inter");
        Mailbox mb = read(GOOD + cut);
        assertEquals(2, mb.threads().size());
        assertEquals("Hello there.", only(mb, "1").newText());
        assertEquals("We'd like to inter", only(mb, "2").newText());
    }

    @Test
    void brokenBase64_isDecodedAsFarAsItGoes() throws IOException {
        Mailbox mb = read(message("3", "Mon, 16 Nov 2026 10:00:00 -0500", "text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: base64\n", "SGVsbG8gU2Ft!!!%%%LCB0aGFua3M=\n") + GOOD);
        assertEquals(2, mb.threads().size(), "the message after it is still read");
        assertTrue(only(mb, "3").newText().startsWith("Hello Sam"), only(mb, "3").newText());
    }

    @Test
    void missingOrGarbageDate_usesTheSeparatorDateAndSaysSo() throws IOException {
        Mailbox mb = read(message("4", null, "text/plain", "", "No date.") + message("5", "the day after tomorrow", "text/plain", "", "Bad date."));
        assertEquals(java.time.Instant.parse("2026-11-16T15:00:00Z"), only(mb, "4").sent());
        assertEquals(java.time.Instant.parse("2026-11-16T15:00:00Z"), only(mb, "5").sent());
        assertEquals(2, mb.errors().size());
        assertTrue(mb.errors().get(0).why().contains("no Date header"), mb.errors().toString());
        assertTrue(mb.errors().get(1).why().contains("unreadable Date"), mb.errors().toString());
        assertTrue(mb.errors().get(0).where().startsWith("line "), "errors say where the message is");
    }

    @Test
    void unknownCharset_isReadAsUtf8AndReported() throws IOException {
        Mailbox mb = read(message("6", "Mon, 16 Nov 2026 10:00:00 -0500", "text/plain; charset=x-klingon", "", "Qapla'"));
        assertEquals("Qapla'", only(mb, "6").newText());
        assertTrue(mb.errors().stream().anyMatch(e -> e.why().contains("unknown charset 'x-klingon'")), mb.errors().toString());
    }

    @Test
    void binaryAttachment_isSkippedAndTheTextKept() throws IOException {
        byte[] bin = new byte[4096];
        new java.util.Random(1).nextBytes(bin);
        String b64 = java.util.Base64.getMimeEncoder().encodeToString(bin);
        Mailbox mb = read(message("7", "Mon, 16 Nov 2026 10:00:00 -0500", "multipart/mixed; boundary=\"b\"", "",
                "--b\nContent-Type: text/plain\n\nSee attached.\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=cv.pdf\n"
                        + "Content-Transfer-Encoding: base64\n\n" + b64 + "\n--b--"));
        assertEquals("See attached.", only(mb, "7").newText());
        assertTrue(mb.errors().isEmpty());
    }

    @Test
    void twentyMegabyteMessage_isReadWithoutLoadingItsAttachment() throws IOException {
        String head = message("8", "Mon, 16 Nov 2026 10:00:00 -0500", "multipart/mixed; boundary=\"b\"", "",
                "--b\nContent-Type: text/plain\n\nHuge attachment below.\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n");
        byte[] line = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n".getBytes(StandardCharsets.US_ASCII);
        int lines = 20 * 1024 * 1024 / line.length;
        InputStream body = new InputStream() {
            long left = (long) lines * line.length;
            @Override
            public int read() {
                return left-- > 0 ? line[(int) (left % line.length)] : -1;
            }
        };
        List<InputStream> parts = List.of(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), body,
                new ByteArrayInputStream(("\n--b--\n\n" + GOOD).getBytes(StandardCharsets.UTF_8)));
        Mailbox mb = new MailboxReader().readMbox(new SequenceInputStream(Collections.enumeration(parts)));
        assertEquals("Huge attachment below.", only(mb, "8").newText());
        assertEquals("Hello there.", only(mb, "1").newText(), "the message after the big one is read");
    }

    @Test
    void fromLinesInBodies_areUnescapedNotSplit() throws IOException {
        Mailbox mb = read(message("9", "Mon, 16 Nov 2026 10:00:00 -0500", "text/plain", "", "Line one.\n\n>From the desk of Jane.\n>>From quoted."));
        assertEquals(1, mb.threads().size());
        assertTrue(only(mb, "9").newText().contains("From the desk of Jane."), only(mb, "9").newText());
    }
}
