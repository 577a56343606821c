package dev.hearback.gmail;

import static dev.hearback.gmail.GmailTestKit.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.mail.MailThread;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sync through the real Google client against {@link FakeGmailServer}: calls made and quota units. */
class GmailSyncTest {
    static final String ORION = hex("1878599820902970177");
    static final String WINDROSE = hex("1880415535104354979");
    static final String STRATUS = hex("1881053488742962243");
    static final String ALDERBROOK = hex("1880944961127304345");
    static final String PROMO = hex("1882019856384801403");
    static final String NORDLICHT = hex("1882200000000000001");
    static final Set<String> CANDIDATES = Set.of(ORION, WINDROSE, STRATUS, ALDERBROOK, NORDLICHT);

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
    void firstSyncListsOnceAndGetsEachCandidateThread() throws Exception {
        SyncResult r = kit.mailbox().sync();

        assertEquals(SyncResult.Kind.FULL, r.kind());
        assertEquals(CANDIDATES, r.threads().stream().map(MailThread::id).collect(Collectors.toSet()),
                "the Promotions newsletter is not a candidate");
        assertEquals(1, kit.fake.count("POST", "/token"), "one token refresh: the credentials start without an access token");
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/profile"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads"));
        assertEquals(5, kit.fake.count("GET", "/gmail/v1/users/me/threads/[0-9a-f]+"));
        // Nordlicht's invitation is only an .ics attachment; Stratus's invite.ics repeats its inline text/calendar.
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/messages/[0-9a-f]+/attachments/.+"));
        assertEquals(8, kit.fake.gmailRequests());

        QuotaUsage q = r.quota();
        assertEquals(1, q.calls(GmailMethod.THREADS_LIST));
        assertEquals(5, q.calls(GmailMethod.THREADS_GET));
        assertEquals(1, q.calls(GmailMethod.ATTACHMENTS_GET));
        assertEquals(1, q.calls(GmailMethod.GET_PROFILE));
        assertEquals(10 + 5 * 10 + 5 + 1, q.units());
        assertEquals(66, kit.service.totalQuota().units());
        assertEquals(5, r.fetched());

        for (FakeGmailServer.Request req : kit.fake.requests()) {
            if (req.path().startsWith("/gmail/")) assertNotNull(req.bearer(), "bearer token on " + req.path());
            if (req.path().matches("/gmail/v1/users/me/threads/[0-9a-f]+")) {
                assertTrue(req.query().contains("format=full"), req.query());
                assertTrue(java.net.URLDecoder.decode(req.query(), java.nio.charset.StandardCharsets.UTF_8)
                        .contains("fields=" + GmailSync.THREAD_FIELDS), req.query());
            }
            if (req.path().equals("/gmail/v1/users/me/threads")) {
                String q2 = java.net.URLDecoder.decode(req.query(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(q2.contains("q=" + GmailQuery.DEFAULT), q2);
            }
        }
        assertEquals(Long.toString(kit.fake.historyId()), r.historyId());
    }
}
