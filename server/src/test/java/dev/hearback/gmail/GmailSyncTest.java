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

    @Test
    void refreshOfAnUnchangedMailboxIsOneHistoryListCall() throws Exception {
        SyncResult first = kit.mailbox().sync();
        kit.fake.clearRequests();

        SyncResult again = kit.mailbox().sync(); // a new mailbox object per request, as the server makes them

        assertEquals(SyncResult.Kind.INCREMENTAL, again.kind());
        assertEquals(1, kit.fake.requests().size(), () -> "requests: " + kit.fake.requests());
        FakeGmailServer.Request only = kit.fake.requests().get(0);
        assertEquals("/gmail/v1/users/me/history", only.path());
        assertTrue(only.query().contains("startHistoryId=" + first.historyId()), only.query());
        assertTrue(only.query().contains("historyTypes=messageAdded"), only.query());
        assertEquals(1, again.quota().calls(GmailMethod.HISTORY_LIST));
        assertEquals(2, again.quota().units());
        assertEquals(0, again.fetched());
        assertEquals(first.threads(), again.threads());
        assertEquals(first.historyId(), again.historyId());
    }

    @Test
    void aNewMessageInOneThreadRefetchesOnlyThatThread() throws Exception {
        SyncResult first = kit.mailbox().sync();
        MailThread before = GmailTestKit.thread(first.threads(), WINDROSE);
        kit.fake.clearRequests();

        kit.receiveReply(WINDROSE, "windrose-news@windrose.example", GmailTestKit.last(before).messageId(),
                "Re: " + before.subject(), "Hi Sam, we would like you to meet the VP next week. Gabriela");
        SyncResult r = kit.mailbox().sync();

        assertEquals(SyncResult.Kind.INCREMENTAL, r.kind());
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/history"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads/" + WINDROSE));
        assertEquals(2, kit.fake.gmailRequests(), () -> "requests: " + kit.fake.requests());
        assertEquals(2 + 10, r.quota().units());
        MailThread after = GmailTestKit.thread(r.threads(), WINDROSE);
        assertEquals(before.messages().size() + 1, after.messages().size());
        assertEquals("windrose-news@windrose.example", GmailTestKit.last(after).messageId());
        assertEquals(WINDROSE, r.threads().get(0).id(), "the thread with news comes first");
        assertFalse(r.historyId().equals(first.historyId()));
        // Every other thread is the very object from the cache.
        for (MailThread t : r.threads()) {
            if (!t.id().equals(WINDROSE)) assertTrue(GmailTestKit.thread(first.threads(), t.id()) == t, t.id());
        }

        kit.fake.clearRequests();
        assertEquals(2, kit.mailbox().sync().quota().units(), "and the next refresh is quiet again");
    }

    @Test
    void changesThatCannotMatterCostOnlyTheHistoryCall() throws Exception {
        kit.mailbox().sync();
        kit.fake.clearRequests();
        // The user reads a mail (UNREAD removed) and a newsletter arrives in Promotions.
        String nordlichtFirst = kit.fake.threadIdsAndMessages(NORDLICHT).get(0);
        kit.fake.modifyLabels(nordlichtFirst, List.of(), List.of("UNREAD"));
        kit.fake.addMessage(("Date: Fri, 20 Nov 2026 09:00:00 +0000\r\nMessage-ID: <promo-2@offerdesk.example>\r\n"
                + "Subject: 10 interview tips\r\nFrom: The Offer Desk <hello@offerdesk.example>\r\nTo: sam.rivera@gmail.com\r\n\r\ntips\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.Instant.parse("2026-11-20T09:00:00Z"), null,
                List.of("INBOX", "CATEGORY_PROMOTIONS", "UNREAD"));

        SyncResult r = kit.mailbox().sync();

        assertEquals(1, kit.fake.gmailRequests(), () -> "requests: " + kit.fake.requests());
        assertEquals(2, r.quota().units());
        assertEquals(Long.toString(kit.fake.historyId()), r.historyId());
    }

    @Test
    void aNewCandidateThreadIsFoundByListingAgain() throws Exception {
        kit.mailbox().sync();
        kit.fake.clearRequests();
        var m = kit.fake.addMessage(("Date: Fri, 20 Nov 2026 09:00:00 -0500\r\nMessage-ID: <new-1@harbor.example>\r\n"
                + "Subject: Harbor Labs - interview invitation\r\nFrom: Lee Park <lee@harbor.example>\r\nTo: sam.rivera@gmail.com\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nHi Sam, could you interview with us on Tuesday?\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.Instant.parse("2026-11-20T14:00:00Z"), null,
                List.of("INBOX", "UNREAD", "CATEGORY_PERSONAL"));

        SyncResult r = kit.mailbox().sync();

        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/history"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads/[0-9a-f]+"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads/" + m.threadId));
        assertEquals(2 + 10 + 10, r.quota().units());
        assertEquals(6, r.threads().size());
        assertEquals(m.threadId, r.threads().get(0).id());
    }

    @Test
    void anExpiredHistoryIdRunsAFullResyncThatStillUsesTheCache() throws Exception {
        SyncResult first = kit.mailbox().sync();
        MailThread orion = GmailTestKit.thread(first.threads(), ORION);
        kit.receiveReply(ORION, "orion-late@orionfields.example", GmailTestKit.last(orion).messageId(),
                "Re: " + orion.subject(), "Hello again");
        kit.fake.expireHistory();
        kit.fake.clearRequests();

        SyncResult r = kit.mailbox().sync();

        assertEquals(SyncResult.Kind.RESYNC_EXPIRED, r.kind());
        List<FakeGmailServer.Request> reqs = kit.fake.requests();
        assertEquals("/gmail/v1/users/me/history", reqs.get(0).path());
        assertEquals(404, reqs.get(0).status());
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/profile"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads/[0-9a-f]+"), "unchanged threads come from the cache");
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads/" + ORION));
        assertEquals(2 + 1 + 10 + 10, r.quota().units());
        assertEquals(orion.messages().size() + 1, GmailTestKit.thread(r.threads(), ORION).messages().size());
        assertEquals(Long.toString(kit.fake.historyId()), r.historyId());

        kit.fake.clearRequests();
        assertEquals(SyncResult.Kind.INCREMENTAL, kit.mailbox().sync().kind());
        assertEquals(1, kit.fake.gmailRequests());
    }

    @Test
    void aFullListRunsAgainAfterTheResyncPeriod() throws Exception {
        kit.mailbox().sync();
        kit.clock.now = kit.clock.now.plus(Duration.ofHours(7));
        kit.fake.clearRequests();

        SyncResult r = kit.mailbox().sync();

        assertEquals(SyncResult.Kind.FULL, r.kind());
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads"));
        assertEquals(0, kit.fake.count("GET", "/gmail/v1/users/me/threads/[0-9a-f]+"), "all from the cache");
        assertEquals(0, kit.fake.count("GET", "/gmail/v1/users/me/history"));
        assertEquals(10 + 1, r.quota().units());
    }

    @Test
    void listingPagesThroughEveryPage() throws Exception {
        kit.close();
        kit = new GmailTestKit(c -> c.withPageSize(2).withFetchParallelism(1));
        SyncResult r = kit.mailbox().sync();
        assertEquals(3, kit.fake.count("GET", "/gmail/v1/users/me/threads"), "5 threads, 2 a page");
        assertEquals(5, r.threads().size());
        assertEquals(3 * 10 + 5 * 10 + 5 + 1, r.quota().units());
    }

    @Test
    void oneThreadByIdForTheBanner() throws Exception {
        GmailMailbox box = kit.mailbox();
        // Not synced yet: one threads.get.
        assertEquals(7, box.thread(ORION).orElseThrow().messages().size());
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/threads/" + ORION));
        assertTrue(box.thread("ffff").isEmpty(), "unknown thread");
        assertTrue(box.thread("../../drafts").isEmpty(), "not a thread id: no call");
        box.sync();
        kit.fake.clearRequests();
        assertEquals(7, box.thread(ORION).orElseThrow().messages().size());
        assertEquals(0, kit.fake.gmailRequests(), "synced: from the cache");
        // The promotions thread is not a candidate but can still be read.
        assertEquals(1, box.thread(PROMO).orElseThrow().messages().size());
    }

    @Test
    void concurrentSyncsOfOneAccountDoNotDoubleTheWork() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> kit.mailbox().sync());
            var b = pool.submit(() -> kit.mailbox().sync());
            List<SyncResult.Kind> kinds = List.of(a.get().kind(), b.get().kind());
            assertTrue(kinds.contains(SyncResult.Kind.FULL) && kinds.contains(SyncResult.Kind.INCREMENTAL), kinds.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(5, kit.fake.count("GET", "/gmail/v1/users/me/threads/[0-9a-f]+"));
        assertEquals(1, kit.fake.count("GET", "/gmail/v1/users/me/history"));
        assertEquals(1, kit.fake.count("POST", "/token"));
    }

    @Test
    void accountsDoNotShareThreads() throws Exception {
        kit.mailbox().sync();
        kit.fake.clearRequests();
        SyncResult other = kit.service.forAccessToken("user-2", kit.fake.newAccessToken()).sync();
        assertEquals(SyncResult.Kind.FULL, other.kind());
        assertEquals(5, other.fetched(), "another account's cache entries are not used");
    }
}
