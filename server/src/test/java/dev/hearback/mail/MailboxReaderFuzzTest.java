package dev.hearback.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes read as an mbox: reading never throws (a bad message is reported under errors), never
 * hangs and never loads more than its caps. The input follows a separator line, so the fuzzer
 * starts inside a message's header; the seeds in {@code MailboxReaderFuzzTestInputs} are real
 * messages (plain, HTML, multipart with a calendar part) and past findings.
 *
 * <p>Under {@code mvn verify} it runs twice: on its seeds with the unit tests, and as a bounded
 * fuzzing run of its own (JAZZER_FUZZ=1, see server/pom.xml).
 */
class MailboxReaderFuzzTest {
    private static final byte[] SEPARATOR = "From 1@xxx Mon Nov 16 15:00:00 +0000 2026\n".getBytes(StandardCharsets.US_ASCII);

    @FuzzTest(maxDuration = "25s")
    void readsAnyMbox(byte[] data) throws IOException {
        byte[] mbox = new byte[SEPARATOR.length + data.length];
        System.arraycopy(SEPARATOR, 0, mbox, 0, SEPARATOR.length);
        System.arraycopy(data, 0, mbox, SEPARATOR.length, data.length);
        Mailbox one = new MailboxReader().readMbox(new ByteArrayInputStream(mbox));
        // Reading on several threads must give the very same mailbox, in the same order.
        Mailbox two = new MailboxReader(2).readMbox(new ByteArrayInputStream(mbox));
        assertEquals(one, two);
    }
}
