package dev.hearback.mail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text read as an iCalendar object: the parser either returns events or says it is not a
 * calendar (IllegalArgumentException, which the message reader reports as an unreadable calendar
 * part); nothing else may escape. Seeds in {@code IcsParserFuzzTestInputs}: Google and Outlook
 * invitations (IANA and Windows TZIDs), a cancellation, and past findings.
 */
class IcsParserFuzzTest {
    @FuzzTest(maxDuration = "25s")
    void parsesAnyCalendar(byte[] data) {
        try {
            IcsParser.parse(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException documented) {
            // not a calendar: the documented answer
        }
    }
}
