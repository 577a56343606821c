package dev.hearback.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.AccessToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token refresh, invalid_grant, and backoff on 429 / 5xx / 403 rate limits, through the real client. */
class GmailAuthAndRetryTest {
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
    void anExpiredAccessTokenIsRefreshedAndTheCallRetried() throws Exception {
        // The client still believes its token good for an hour; Gmail says it has expired.
        String stale = kit.fake.newAccessToken();
        kit.fake.expireAccessTokens();
        var creds = GmailCredentials.forRefreshToken(kit.service.config(), kit.refreshToken,
                new AccessToken(stale, Date.from(Instant.now().plus(Duration.ofHours(1)))), new com.google.api.client.http.javanet.NetHttpTransport());
        GmailMailbox box = kit.service.mailbox(GmailTestKit.ACCOUNT, creds);

        SyncResult r = box.sync();

        List<FakeGmailServer.Request> reqs = kit.fake.requests();
        assertEquals("/gmail/v1/users/me/profile", reqs.get(0).path());
        assertEquals(401, reqs.get(0).status());
        assertEquals(stale, reqs.get(0).bearer());
        assertEquals("/token", reqs.get(1).path());
        assertEquals(200, reqs.get(1).status());
        assertEquals("/gmail/v1/users/me/profile", reqs.get(2).path());
        assertEquals(200, reqs.get(2).status());
        assertNotEquals(stale, reqs.get(2).bearer());
        assertEquals(1, kit.fake.count("POST", "/token"));
        assertEquals(5, r.threads().size());
        assertEquals(1, r.quota().calls(GmailMethod.GET_PROFILE), "a retried call is counted once");
        for (FakeGmailServer.Request q : reqs.subList(2, reqs.size())) assertEquals(reqs.get(2).bearer(), q.bearer());
    }

    @Test
    void theAccessTokenIsKeptAcrossRequestsOfOneAccount() throws Exception {
        kit.mailbox().sync();
        kit.mailbox().sync();
        kit.mailbox().thread(GmailSyncTest.ORION);
        assertEquals(1, kit.fake.count("POST", "/token"));
    }

    @Test
    void aRevokedRefreshTokenIsAGmailAuthException() throws Exception {
        kit.fake.revoke(kit.refreshToken);

        GmailAuthException e = assertThrows(GmailAuthException.class, () -> kit.mailbox().sync());

        assertEquals("invalid_grant", e.reason());
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("Sign in again"), e.getMessage());
        assertEquals(0, kit.fake.gmailRequests(), "no Gmail call without a token");
        assertEquals(1, kit.fake.count("POST", "/token"));
    }

    @Test
    void revokedWhileSignedInIsAGmailAuthExceptionAndForgetsTheAccount() throws Exception {
        kit.mailbox().sync();
        assertTrue(kit.service.state(GmailTestKit.ACCOUNT).isPresent());
        assertTrue(kit.service.cache().size() > 0);
        kit.fake.revoke(kit.refreshToken);
        kit.fake.expireAccessTokens(); // Google revokes the access tokens with the grant

        GmailAuthException e = assertThrows(GmailAuthException.class, () -> kit.mailbox().sync());

        assertEquals("invalid_grant", e.reason());
        assertTrue(kit.service.state(GmailTestKit.ACCOUNT).isEmpty(), "state dropped");
        assertEquals(0, kit.service.cache().size(), "cached mail dropped");
    }

    @Test
    void aRejectedAccessTokenWithoutRefreshIsAGmailAuthException() {
        GmailMailbox box = kit.service.forAccessToken("addon-user", "ya29.not-known");
        GmailAuthException e = assertThrows(GmailAuthException.class, box::sync);
        assertTrue(e.reason().startsWith("401"), e.reason());
        assertEquals(0, kit.fake.count("POST", "/token"));
    }

    @Test
    void anAddOnAccessTokenIsUsedAsIs() throws Exception {
        String token = kit.fake.newAccessToken();
        SyncResult r = kit.service.forAccessToken("addon-user", token).sync();
        assertEquals(5, r.threads().size());
        assertTrue(kit.fake.requests().stream().allMatch(q -> token.equals(q.bearer())));
    }

    @Test
    void a429IsRetriedAfterABackoffWithJitter() throws Exception {
        kit.fake.fail("GET", "/gmail/v1/users/me/threads", 429, "rateLimitExceeded", Map.of(), 1);

        SyncResult r = kit.mailbox().sync();

        assertEquals(5, r.threads().size());
        List<FakeGmailServer.Request> lists = kit.fake.requests().stream().filter(q -> q.path().equals("/gmail/v1/users/me/threads")).toList();
        assertEquals(List.of(429, 200), lists.stream().map(FakeGmailServer.Request::status).toList());
        assertEquals(1, kit.sleeper.sleeps.size());
        long slept = kit.sleeper.sleeps.get(0);
        assertTrue(slept >= 250 && slept <= 750, "first wait is 500 ms +-50%: " + slept);
        assertEquals(1, r.quota().calls(GmailMethod.THREADS_LIST), "the 429 is not charged");
    }

    @Test
    void backoffGrowsAndRetryAfterIsHonoured() throws Exception {
        kit.fake.fail("GET", "/gmail/v1/users/me/threads/.+", 503, "backendError", Map.of(), 3);
        kit.fake.fail("GET", "/gmail/v1/users/me/threads", 429, "rateLimitExceeded", Map.of("Retry-After", "2"), 1);

        SyncResult r = kit.mailbox().sync();

        assertEquals(5, r.threads().size());
        assertEquals(4, kit.sleeper.sleeps.size(), () -> "sleeps " + kit.sleeper.sleeps);
        assertEquals(2000L, kit.sleeper.sleeps.get(0), "Retry-After: 2");
        assertEquals(3, kit.fake.requests().stream().filter(q -> q.status() == 503).count());
    }

    @Test
    void retriesAreBoundedAndEndInAGmailException() {
        int max = RetryPolicy.DEFAULT.maxRetries();
        kit.fake.fail("GET", "/gmail/v1/users/me/profile", 500, "backendError", Map.of(), max + 1);

        GmailException e = assertThrows(GmailException.class, () -> kit.mailbox().sync());

        assertEquals(500, e.status());
        assertEquals(max + 1, kit.fake.count("GET", "/gmail/v1/users/me/profile"));
        assertEquals(max, kit.sleeper.sleeps.size());
        for (int i = 1; i < kit.sleeper.sleeps.size(); i++) {
            long nominal = Math.min(500L << i, RetryPolicy.DEFAULT.maxInterval().toMillis());
            long s = kit.sleeper.sleeps.get(i);
            assertTrue(s >= nominal / 2 && s <= nominal * 3 / 2, "wait " + i + " = " + s + ", nominal " + nominal);
        }
    }

    @Test
    void aRetryAfterLongerThanWeWaitIsPassedOn() {
        kit.fake.fail("GET", "/gmail/v1/users/me/profile", 429, "rateLimitExceeded", Map.of("Retry-After", "900"), 1);
        GmailException e = assertThrows(GmailException.class, () -> kit.mailbox().sync());
        assertInstanceOf(GmailException.class, e);
        assertEquals(429, e.status());
        assertEquals(Duration.ofSeconds(900), e.retryAfter().orElseThrow());
        assertEquals(0, kit.sleeper.sleeps.size());
    }

    @Test
    void a403RateLimitIsRetriedToo() throws Exception {
        kit.fake.fail("GET", "/gmail/v1/users/me/threads", 403, "userRateLimitExceeded", Map.of(), 2);
        SyncResult r = kit.mailbox().sync();
        assertEquals(5, r.threads().size());
        assertEquals(2, kit.sleeper.sleeps.size());
    }

    @Test
    void aMissingScopeIsAGmailAuthException() {
        kit.fake.fail("GET", "/gmail/v1/users/me/profile", 403, "insufficientPermissions", Map.of(), 1);
        GmailAuthException e = assertThrows(GmailAuthException.class, () -> kit.mailbox().sync());
        assertTrue(e.reason().contains("scope"), e.reason());
    }

    @Test
    void retryAfterParsing() {
        Instant now = Instant.parse("2026-11-20T17:00:00Z");
        assertEquals(Duration.ofSeconds(7), GmailHttpInitializer.parseRetryAfter("7", now));
        assertEquals(Duration.ofSeconds(30), GmailHttpInitializer.parseRetryAfter("Fri, 20 Nov 2026 17:00:30 GMT", now));
        assertEquals(Duration.ZERO, GmailHttpInitializer.parseRetryAfter("Fri, 20 Nov 2026 16:00:00 GMT", now));
        assertEquals(null, GmailHttpInitializer.parseRetryAfter("soon", now));
        assertEquals(null, GmailHttpInitializer.parseRetryAfter(null, now));
    }
}
