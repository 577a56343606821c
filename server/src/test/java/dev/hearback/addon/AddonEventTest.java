package dev.hearback.addon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddonEventTest {
    static final String THREAD_DEC = Long.toUnsignedString(0x18c2f0a1b2c3d4e5L);
    static final String MSG_DEC = Long.toUnsignedString(0x18c2f0a1b2c3d4e9L);

    static String event(String extraCommon, String gmail) {
        return """
            {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "en-US",
                                   "timeZone": {"id": "America/New_York", "offset": -18000000}%s},
             "authorizationEventObject": {"userOAuthToken": "ya29.user", "systemIdToken": "eyJ.sys.tok",
                                          "authorizedScopes": ["https://www.googleapis.com/auth/gmail.addons.execute"]},
             "gmail": %s}
            """.formatted(extraCommon, gmail);
    }

    static String openMessage() {
        return "{\"messageId\": \"msg-f:" + MSG_DEC + "\", \"threadId\": \"thread-f:" + THREAD_DEC
                + "\", \"accessToken\": \"gmail.token\"}";
    }

    @Test
    void readsTheContextualTriggerEvent() throws Exception {
        AddonEvent e = AddonEvent.parse(event("", openMessage()), null);
        assertEquals("GMAIL", e.hostApp());
        assertEquals("WEB", e.platform());
        assertEquals(Optional.of(ZoneId.of("America/New_York")), e.zone());
        assertEquals(Optional.of(Locale.US), e.locale());
        assertEquals("ya29.user", e.userOAuthToken());
        assertEquals("eyJ.sys.tok", e.systemIdToken());
        assertNull(e.userIdToken());
        assertEquals(List.of("https://www.googleapis.com/auth/gmail.addons.execute"), e.authorizedScopes());
        assertEquals("gmail.token", e.gmailAccessToken());
        assertEquals(Optional.of("18c2f0a1b2c3d4e5"), e.apiThreadId());
        assertEquals(Optional.of("18c2f0a1b2c3d4e9"), e.apiMessageId());
        assertTrue(e.hasGmailContext());
        GmailContext ctx = GmailContext.of(e).orElseThrow();
        assertEquals("18c2f0a1b2c3d4e5", ctx.threadId());
        assertEquals("ya29.user", ctx.userOAuthToken());
        assertEquals("gmail.token", ctx.gmailAccessToken());
    }

    @Test
    void readsButtonParameters() throws Exception {
        AddonEvent e = AddonEvent.parse(event(", \"parameters\": {\"threadId\": \"18c2f0a1b2c3d4e5\", \"op\": \"snooze\", "
                + "\"days\": \"2\", \"n\": 5, \"o\": {\"x\": 1}}, \"invokedFunction\": \"https://h.example/addon/state\"",
                openMessage()), null);
        assertEquals(Map.of("threadId", "18c2f0a1b2c3d4e5", "op", "snooze", "days", "2"), e.parameters());
        assertEquals(Optional.of("snooze"), e.parameter("op"));
        assertEquals(Optional.empty(), e.parameter("n"), "a non-text parameter is ignored");
        assertEquals("https://h.example/addon/state", e.invokedFunction());
    }

    @Test
    void gmailTokenFallsBackToTheHeader() throws Exception {
        String gmail = "{\"messageId\": \"msg-f:" + MSG_DEC + "\", \"threadId\": \"thread-f:" + THREAD_DEC + "\"}";
        AddonEvent e = AddonEvent.parse(event("", gmail), "header.token");
        assertEquals("header.token", e.gmailAccessToken());
        assertTrue(e.hasGmailContext());
        AddonEvent body = AddonEvent.parse(event("", openMessage()), "header.token");
        assertEquals("gmail.token", body.gmailAccessToken(), "the body's token wins");
    }

    @Test
    void homepageEventHasNoGmailContext() throws Exception {
        AddonEvent e = AddonEvent.parse("{\"commonEventObject\": {\"hostApp\": \"GMAIL\"},"
                + "\"authorizationEventObject\": {\"userOauthToken\": \"ya29.other-spelling\"}}", null);
        assertFalse(e.hasGmailContext());
        assertEquals(Optional.empty(), GmailContext.of(e));
        assertEquals("ya29.other-spelling", e.userOAuthToken());
        assertEquals(Optional.empty(), e.zone());
        assertEquals(Optional.empty(), e.locale());
    }

    @Test
    void oddValuesAreDroppedNotFatal() throws Exception {
        AddonEvent e = AddonEvent.parse("{\"commonEventObject\": {\"timeZone\": {\"id\": \"Mars/Olympus\"},"
                + "\"userLocale\": \"!!\", \"parameters\": []}, \"gmail\": {\"threadId\": 12}}", null);
        assertEquals(Optional.empty(), e.zone());
        assertEquals(Optional.empty(), e.locale());
        assertEquals(Map.of(), e.parameters());
        assertNull(e.threadId());
    }

    @Test
    void malformedBodiesAreRefused() {
        assertEquals(400, assertThrows(AddonRequestException.class, () -> AddonEvent.parse("not json", null)).httpStatus());
        assertEquals(400, assertThrows(AddonRequestException.class, () -> AddonEvent.parse("[1,2]", null)).httpStatus());
        assertEquals(400, assertThrows(AddonRequestException.class, () -> AddonEvent.parse("", null)).httpStatus());
        assertEquals(400, assertThrows(AddonRequestException.class, () -> AddonEvent.parse((byte[]) null, null)).httpStatus());
        assertEquals(400, assertThrows(AddonRequestException.class,
                () -> AddonEvent.parse("[".repeat(5000) + "]".repeat(5000), null)).httpStatus());
        byte[] big = new byte[AddonEvent.MAX_BYTES + 1];
        assertEquals(413, assertThrows(AddonRequestException.class, () -> AddonEvent.parse(big, null)).httpStatus());
    }

    @Test
    void toStringNeverShowsAToken() throws Exception {
        AddonEvent e = AddonEvent.parse(event("", openMessage()), null);
        String s = e.toString() + GmailContext.of(e).orElseThrow();
        assertFalse(s.contains("ya29.user") || s.contains("gmail.token") || s.contains("eyJ.sys.tok"), s);
    }
}
