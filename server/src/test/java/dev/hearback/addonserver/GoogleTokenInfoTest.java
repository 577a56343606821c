package dev.hearback.addonserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.addonserver.GoogleTokenInfo.GoogleUser;
import dev.hearback.gmail.FakeGmailServer;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who is behind an add-on's user token, from the fake's token info endpoint. */
class GoogleTokenInfoTest {
    final FakeGmailServer google = new FakeGmailServer();
    final GoogleTokenInfo info = new GoogleTokenInfo(URI.create(google.tokenInfoUrl()));

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void namesTheAccountAndAsksOncePerToken() throws Exception {
        var t = google.newAddOnTokens("110169484474386276334", "sam.rivera@gmail.com", null);

        assertEquals(new GoogleUser("110169484474386276334", "sam.rivera@gmail.com"), info.user(t.userOAuthToken()));
        assertEquals(new GoogleUser("110169484474386276334", "sam.rivera@gmail.com"), info.user(t.userOAuthToken()));

        assertEquals(1, google.count("GET", "/tokeninfo"), "the answer is kept for a while");
        var another = google.newAddOnTokens("110169484474386276334", "sam.rivera@gmail.com", null);
        info.user(another.userOAuthToken());
        assertEquals(2, google.count("GET", "/tokeninfo"), "kept per token, not per account");
        assertFalse(google.requests().get(0).query().isEmpty());
    }

    @Test
    void withoutAnIdentityScopeThereIsNoEmail() throws Exception {
        var t = google.newAddOnTokens("sub-1", null, null);
        assertNull(info.user(t.userOAuthToken()).email());
        assertEquals("sub-1", info.user(t.userOAuthToken()).sub());
    }

    @Test
    void aRefusedTokenIsAnErrorAndIsNotKept() {
        var e = assertThrows(GoogleTokenInfo.TokenInfoException.class, () -> info.user("ya29.revoked"));
        assertTrue(e.getMessage().contains("invalid_token"), e.getMessage());
        assertFalse(e.getMessage().contains("ya29.revoked"), "the token is never in a message");
        assertThrows(GoogleTokenInfo.TokenInfoException.class, () -> info.user("ya29.revoked"));
        assertEquals(2, google.count("GET", "/tokeninfo"));
        assertThrows(GoogleTokenInfo.TokenInfoException.class, () -> info.user(null));
        assertThrows(GoogleTokenInfo.TokenInfoException.class, () -> info.user(" "));
        assertEquals(2, google.count("GET", "/tokeninfo"), "no token, no call");
    }

    @Test
    void anUnreachableEndpointIsAnError() {
        GoogleTokenInfo nowhere = new GoogleTokenInfo(URI.create("http://127.0.0.1:1/tokeninfo"));
        assertThrows(GoogleTokenInfo.TokenInfoException.class, () -> nowhere.user("ya29.x"));
    }

    @Test
    void theEndpointIsGooglesUnlessConfigured() throws Exception {
        var t = google.newAddOnTokens("sub-2", null, null);
        assertEquals("sub-2", GoogleTokenInfo.fromEnv(Map.of(GoogleTokenInfo.ENV_URI, google.tokenInfoUrl())).user(t.userOAuthToken()).sub());
        assertEquals(URI.create("https://oauth2.googleapis.com/tokeninfo"), GoogleTokenInfo.GOOGLE);
    }
}
