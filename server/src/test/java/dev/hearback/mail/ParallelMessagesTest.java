package dev.hearback.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading an mbox on several threads gives the very mailbox a one-thread read gives, in its order. */
class ParallelMessagesTest {
    private static Mailbox read(String mbox, int workers) throws IOException {
        return new MailboxReader(workers).readMbox(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void manyMessagesWithErrors_sameAsOneThread() throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            // Every seventh message has no usable date, so errors are interleaved with messages.
            String date = i % 7 == 0 ? "garbage" : "Mon, 16 Nov 2026 10:" + String.format("%02d", i % 60) + ":00 -0500";
            mbox.append(BadInputTest.message(String.valueOf(i % 13), date, "text/plain; charset=UTF-8", "", "Message " + i + "."));
        }
        Mailbox one = read(mbox.toString(), 1);
        assertEquals(one, read(mbox.toString(), 2));
        assertEquals(one, read(mbox.toString(), 4));
        assertTrue(!one.errors().isEmpty());
    }

    @Test
    void messageTooLargeToBuffer_isStreamedInItsPlace() throws IOException {
        String big = "x".repeat(ParallelMessages.MAX_BUFFERED + 10);
        String mbox = BadInputTest.message("1", "Mon, 16 Nov 2026 10:00:00 -0500", "text/plain; charset=UTF-8", "", "Before.")
                + BadInputTest.message("2", "Mon, 16 Nov 2026 11:00:00 -0500", "text/plain; charset=UTF-8", "", big)
                + BadInputTest.message("3", "Mon, 16 Nov 2026 12:00:00 -0500", "text/plain; charset=UTF-8", "", "After.");
        Mailbox one = read(mbox, 1);
        assertEquals(3, one.threads().size());
        assertEquals(one, read(mbox, 2));
    }
}
