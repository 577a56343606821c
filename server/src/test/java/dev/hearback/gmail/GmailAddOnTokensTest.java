package dev.hearback.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hearback.compose.Draft;
import dev.hearback.mail.MailThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The add-on's two tokens: {@code Authorization: Bearer <userOAuthToken>} and
 * {@code X-Goog-Gmail-Access-Token: <gmail.accessToken>} on every Gmail request, through the real client.
 */
class GmailAddOnTokensTest {
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
    void bothTokensGoWithEveryRequest() throws Exception {
        var t = kit.fake.newAddOnTokens("sub-1", null, GmailSyncTest.ORION);
        GmailMailbox box = kit.service.forAddOn("addon:sub-1", t.userOAuthToken(), t.gmailAccessToken());

        MailThread orion = box.thread(GmailSyncTest.ORION).orElseThrow();
        CreatedDraft d = box.createDraft(orion, new Draft("martin.kowalski@orionfields.example", "", "Hi Martin"), null);

        assertEquals(orion.id(), d.threadId(), "the reply stays in its thread");
        assertEquals(2, kit.fake.gmailRequests());
        for (FakeGmailServer.Request r : kit.fake.requests()) {
            assertEquals(200, r.status(), r.toString());
            assertEquals(t.userOAuthToken(), r.bearer());
            assertEquals(t.gmailAccessToken(), r.gmailAccessToken());
        }
        assertEquals(0, kit.fake.count("POST", "/token"), "an add-on token is never refreshed");
    }

    @Test
    void withoutTheGmailAccessTokenTheAddOnScopeReachesNothing() {
        var t = kit.fake.newAddOnTokens("sub-1", null, GmailSyncTest.ORION);
        GmailMailbox bare = kit.service.forAccessToken("addon:sub-1", t.userOAuthToken());

        assertThrows(GmailAuthException.class, () -> bare.thread(GmailSyncTest.ORION));

        FakeGmailServer.Request r = kit.fake.requests().get(0);
        assertEquals(403, r.status(), "Gmail: insufficient scopes");
        assertNull(r.gmailAccessToken());
    }

    @Test
    void aSignedInUsersRequestsCarryNoAddOnHeader() throws Exception {
        kit.mailbox().thread(GmailSyncTest.ORION);
        assertFalse(kit.fake.requests().isEmpty());
        for (FakeGmailServer.Request r : kit.fake.requests()) assertNull(r.gmailAccessToken(), r.toString());
    }
}
