package dev.hearback.addon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GmailIdsTest {
    @Test
    void convertsTheEventsDecimalIdsToHex() {
        long id = 0x18c2f0a1b2c3d4e5L;
        assertEquals(Optional.of("18c2f0a1b2c3d4e5"), GmailIds.toApiId("thread-f:" + Long.toUnsignedString(id)));
        assertEquals(Optional.of("18c2f0a1b2c3d4e5"), GmailIds.toApiId("msg-f:" + Long.toUnsignedString(id)));
        assertEquals(Optional.of("ffffffffffffffff"), GmailIds.toApiId("thread-f:18446744073709551615"));
    }

    @Test
    void keepsHexAndRefusesTheRest() {
        assertEquals(Optional.of("18c2f0a1b2c3d4e5"), GmailIds.toApiId(" 18c2f0a1b2c3d4e5 "));
        assertEquals(Optional.empty(), GmailIds.toApiId("thread-f:18446744073709551616"), "over 64 bits");
        assertEquals(Optional.empty(), GmailIds.toApiId("thread-f:0"));
        assertEquals(Optional.empty(), GmailIds.toApiId("thread-a:r123"));
        assertEquals(Optional.empty(), GmailIds.toApiId("../../etc/passwd"));
        assertEquals(Optional.empty(), GmailIds.toApiId("18C2F0A1B2C3D4E5"));
        assertEquals(Optional.empty(), GmailIds.toApiId(null));
        assertTrue(GmailIds.isApiId("abc"));
        assertFalse(GmailIds.isApiId("abc/def"));
        assertFalse(GmailIds.isApiId("1234567890abcdef0"));
    }
}
