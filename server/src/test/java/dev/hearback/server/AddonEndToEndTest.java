package dev.hearback.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.json.webtoken.JsonWebToken;
import com.google.apps.card.v1.Card;
import dev.hearback.addon.AddonHandlers;
import dev.hearback.addon.CardSchema;
import dev.hearback.addon.Fixtures;
import dev.hearback.addon.TestTokens;
import dev.hearback.gmail.FakeGmailServer;
import dev.hearback.store.Database;
import dev.hearback.store.KeysetLoader;
import dev.hearback.store.ThreadState;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.User;
import dev.hearback.store.UserRepository;
import dev.hearback.web.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gmail add-on through HTTP, end to end: the real server ({@link HearbackServer#start}) on a
 * SQLite file, the real Google client talking to {@link FakeGmailServer} (Gmail, the token endpoint
 * and token info), and ID tokens signed with a test key that the server's verifier is given in place
 * of Google's certificates. The planning clock is {@link TestTokens#CLOCK} (Fri Nov 20 2026).
 */
class AddonEndToEndTest {
    static final String WINDROSE = hex("1880415535104354979");
    static final String STRATUS = hex("1881053488742962243");
    static final String NY = "America/New_York";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    FakeGmailServer gmail;
    Map<String, String> env;
    HearbackServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        gmail = new FakeGmailServer();
        for (String mbox : new String[] {"/gmail/interviews.mbox", "/gmail/extra.mbox"}) {
            try (InputStream in = AddonEndToEndTest.class.getResourceAsStream(mbox)) {
                gmail.loadMbox(in);
            }
        }
        env = new HashMap<>();
        env.put("HEARBACK_DB_URL", "jdbc:sqlite:" + dir.resolve("hearback.db"));
        env.put("PORT", "0");
        env.put("HEARBACK_HOST", "127.0.0.1");
        env.put("GOOGLE_CLIENT_ID", FakeGmailServer.CLIENT_ID);
        env.put("GOOGLE_CLIENT_SECRET", FakeGmailServer.CLIENT_SECRET);
        env.put("GOOGLE_TOKEN_URI", gmail.tokenUri().toString());
        env.put("GMAIL_API_ROOT_URL", gmail.rootUrl());
        env.put("GOOGLE_TOKENINFO_URI", gmail.tokenInfoUrl());
        env.put("HEARBACK_ADDON_URL", Fixtures.BASE);
        env.put("HEARBACK_ADDON_SERVICE_ACCOUNT", Fixtures.SA);
        server = startServer();
    }

    HearbackServer startServer() {
        return HearbackServer.start(ServerConfig.fromEnv(env, false), env,
                new HearbackServer.Seams(() -> List.of(TestTokens.GOOGLE.getPublic()), TestTokens.CLOCK));
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        gmail.close();
    }

    // ---------------------------------------------------------------- every request verified

    @Test
    void refusedIdTokensGet401AndGmailIsNeverAsked() throws Exception {
        var t = gmail.newAddOnTokens("sub-1", null, WINDROSE);
        for (String route : AddonHandlers.ROUTES) {
            JsonWebToken.Payload expired = TestTokens.payload(Fixtures.BASE + route);
            expired.setIssuedAtTimeSeconds(TestTokens.NOW.getEpochSecond() - 7200);
            expired.setExpirationTimeSeconds(TestTokens.NOW.getEpochSecond() - 3600);
            JsonWebToken.Payload otherAccount = TestTokens.payload(Fixtures.BASE + route);
            otherAccount.set("email", "service-999@gcp-sa-gsuiteaddons.iam.gserviceaccount.com");
            Map<String, String> refused = Map.of(
                    "forged", TestTokens.bearer(TestTokens.sign(TestTokens.payload(Fixtures.BASE + route), TestTokens.ATTACKER)),
                    "expired", TestTokens.bearer(TestTokens.sign(expired, TestTokens.GOOGLE)),
                    "wrong audience", TestTokens.bearer(TestTokens.sign(
                            TestTokens.payload("https://other-deployment.example.com" + route), TestTokens.GOOGLE)),
                    "wrong email", TestTokens.bearer(TestTokens.sign(otherAccount, TestTokens.GOOGLE)),
                    "not a JWT", "Bearer " + t.userOAuthToken());
            for (var e : refused.entrySet()) {
                HttpResponse<String> r = post(route, e.getValue(), event(t, WINDROSE, Map.of(
                        "threadId", WINDROSE, "op", "correction", "value", "NOT_INTERVIEW")));
                assertEquals(401, r.statusCode(), route + ", " + e.getKey());
                assertEquals("unauthorized", CardSchema.tree(r.body()).path("error").asText());
            }
            assertEquals(401, post(route, null, event(t, WINDROSE, Map.of())).statusCode(), route + " without Authorization");
        }
        assertEquals(List.of(), gmail.requests(), "neither Gmail nor token info was called");
        try (Database db = openDatabase()) {
            assertTrue(new UserRepository(db, KeysetLoader.cipherFor(db, env)).findByGoogleSub("sub-1").isEmpty(), "nothing was written");
        }
    }

    // ---------------------------------------------------------------- contextual card

    @Test
    void anInterviewThreadGetsItsNextActionAndDueDate() throws Exception {
        var t = gmail.newAddOnTokens("sub-unlinked", null, WINDROSE);

        HttpResponse<String> r = post(AddonHandlers.CONTEXTUAL, event(t, WINDROSE, Map.of()));

        assertEquals(200, r.statusCode(), r.body());
        Card card = CardSchema.pushedCard(r.body());
        String text = CardSchema.joined(card);
        assertTrue(card.getHeader().getTitle().contains("Windrose Apparel"), card.getHeader().getTitle());
        assertTrue(text.contains("Follow up"), text);
        assertTrue(text.contains("Due now (since Tue, Nov 17, 2026)"), text);
        assertTrue(text.contains("Create follow-up draft"), text);
        // Read through the real client with both of the event's tokens, and nothing else read.
        List<FakeGmailServer.Request> reads = gmail.requests().stream().filter(q -> q.path().startsWith("/gmail/")).toList();
        assertEquals(1, reads.size(), reads::toString);
        assertEquals("/gmail/v1/users/me/threads/" + WINDROSE, reads.get(0).path());
        assertEquals(t.userOAuthToken(), reads.get(0).bearer());
        assertEquals(t.gmailAccessToken(), reads.get(0).gmailAccessToken());
        assertEquals(1, gmail.count("GET", "/tokeninfo"));
    }

    @Test
    void theGmailAccessTokenMayComeAsAHeader() throws Exception {
        var t = gmail.newAddOnTokens("sub-unlinked", null, WINDROSE);
        ObjectNode e = event(t, WINDROSE, Map.of());
        ((ObjectNode) e.get("gmail")).remove("accessToken");

        HttpRequest.Builder b = request(AddonHandlers.CONTEXTUAL, token(AddonHandlers.CONTEXTUAL), e)
                .header(FakeGmailServer.ADDON_HEADER, t.gmailAccessToken());
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(CardSchema.joined(CardSchema.pushedCard(r.body())).contains("Follow up"), r.body());
    }

    // ---------------------------------------------------------------- draft

    @Test
    void theDraftButtonSavesAReplyInTheThreadAndOpensIt() throws Exception {
        var t = gmail.newAddOnTokens("sub-unlinked", null, WINDROSE);
        post(AddonHandlers.CONTEXTUAL, event(t, WINDROSE, Map.of()));

        HttpResponse<String> r = post(AddonHandlers.DRAFT, event(t, WINDROSE, Map.of("threadId", WINDROSE)));

        assertEquals(200, r.statusCode(), r.body());
        CardSchema.strictResponse(r.body());
        JsonNode open = CardSchema.tree(r.body()).path("renderActions").path("hostAppAction").path("gmailAction")
                .path("openCreatedDraftActionMarkup");
        String draftId = open.path("draftId").asText();
        assertFalse(draftId.isEmpty(), r.body());
        assertEquals(WINDROSE, open.path("draftThreadId").asText());
        assertEquals(WINDROSE, gmail.draftThreadId(draftId), "Gmail kept the draft in the thread");

        Message raw = new DefaultMessageBuilder().parseMessage(
                new ByteArrayInputStream(gmail.draftRaw(draftId).getBytes(StandardCharsets.UTF_8)));
        assertEquals("Re: Windrose Apparel \u2014 Product Marketing Manager interview", raw.getSubject());
        String inReplyTo = raw.getHeader().getField("In-Reply-To").getBody().strip();
        assertEquals(WINDROSE, gmail.threadOf(inReplyTo.replaceAll("[<>]", "")), "In-Reply-To names a message of the thread");
        assertTrue(raw.getHeader().getField("References").getBody().contains(inReplyTo));
        assertEquals("gabriela.ruiz@windrose.example", raw.getTo().get(0).toString().replaceAll(".*<|>.*", ""));

        assertEquals(1, gmail.count("POST", "/gmail/v1/users/me/drafts"));
        assertEquals(0, gmail.count("POST", ".*/send"), "never sends");
        assertEquals(1, gmail.count("GET", "/gmail/v1/users/me/threads/.*"), "the card's read served the draft too");
        for (FakeGmailServer.Request q : gmail.requests()) {
            if (q.path().startsWith("/gmail/")) assertEquals(t.gmailAccessToken(), q.gmailAccessToken());
        }
    }

    // ---------------------------------------------------------------- corrections

    @Test
    void notAnInterviewIsKeptAndTheNextCardSaysSo() throws Exception {
        var t = gmail.newAddOnTokens("sub-unlinked", null, WINDROSE);

        HttpResponse<String> r = post(AddonHandlers.STATE, event(t, WINDROSE,
                Map.of("threadId", WINDROSE, "op", "correction", "value", "NOT_INTERVIEW")));

        assertEquals(200, r.statusCode(), r.body());
        List<Card> updated = CardSchema.strictResponse(r.body());
        assertEquals(1, updated.size(), r.body());
        assertEquals("Not an interview thread", updated.get(0).getHeader().getTitle());

        // A new server on the same database, so the correction is read back from storage.
        server.close();
        server = startServer();
        var later = gmail.newAddOnTokens("sub-unlinked", null, WINDROSE);
        Card card = CardSchema.pushedCard(post(AddonHandlers.CONTEXTUAL, event(later, WINDROSE, Map.of())).body());
        assertEquals("Not an interview thread", card.getHeader().getTitle());
        assertTrue(CardSchema.joined(card).contains("you marked it as not an interview"), CardSchema.joined(card));
        assertTrue(CardSchema.joined(card).contains("This is an interview"));

        try (Database db = openDatabase()) {
            User u = new UserRepository(db, KeysetLoader.cipherFor(db, env)).findByGoogleSub("sub-unlinked").orElseThrow();
            assertEquals(ThreadState.Correction.NOT_INTERVIEW, new ThreadStateRepository(db).get(u.id(), WINDROSE).correction());
        }

        // And back: "This is an interview" brings the plan back.
        HttpResponse<String> back = post(AddonHandlers.STATE, event(later, WINDROSE,
                Map.of("threadId", WINDROSE, "op", "correction", "value", "IS_INTERVIEW")));
        assertTrue(CardSchema.joined(CardSchema.strictResponse(back.body()).get(0)).contains("Follow up"), back.body());
    }

    // ---------------------------------------------------------------- homepage

    @Test
    void aLinkedUsersHomepageListsWhatIsDueAndLeavesSnoozedOut() throws Exception {
        linkUser("sub-linked", FakeGmailServer.ME);
        var t = gmail.newAddOnTokens("sub-linked", FakeGmailServer.ME, WINDROSE);

        Card home = CardSchema.pushedCard(post(AddonHandlers.HOMEPAGE, homepageEvent(t)).body());

        String text = CardSchema.joined(home);
        assertEquals("2 follow-ups due", home.getHeader().getSubtitle(), text);
        assertTrue(text.contains("Windrose Apparel") && text.contains("Follow up"), text);
        assertTrue(text.contains("Stratus Cloudworks") && text.contains("Ask for feedback"), text);
        assertFalse(text.contains("Sign in to Hearback"), text);

        HttpResponse<String> snooze = post(AddonHandlers.STATE, event(t, WINDROSE,
                Map.of("threadId", WINDROSE, "op", "snooze", "days", "2")));
        assertEquals("Snoozed until Sun, Nov 22, 2026.",
                CardSchema.tree(snooze.body()).path("renderActions").path("action").path("notification").path("text").asText());

        Card after = CardSchema.pushedCard(post(AddonHandlers.HOMEPAGE, homepageEvent(t)).body());
        assertEquals("1 follow-up due", after.getHeader().getSubtitle(), CardSchema.joined(after));
        assertFalse(CardSchema.joined(after).contains("Windrose Apparel"), CardSchema.joined(after));
        assertTrue(CardSchema.joined(after).contains("Stratus Cloudworks"));
    }

    @Test
    void anUnlinkedUsersHomepageExplainsHowToLink() throws Exception {
        var t = gmail.newAddOnTokens("sub-new", null, null);

        HttpResponse<String> r = post(AddonHandlers.HOMEPAGE, homepageEvent(t));

        assertEquals(200, r.statusCode(), r.body());
        String text = CardSchema.joined(CardSchema.pushedCard(r.body()));
        assertTrue(text.contains("Link your Hearback account"), text);
        assertTrue(text.contains("Sign in to Hearback"), text);
        assertEquals(0, gmail.gmailRequests(), "no Gmail for a user Hearback has no grant from");
    }

    @Test
    void theLogoIsServedWithoutAuth() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "addon/logo.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(Optional.of("image/png"), r.headers().firstValue("Content-Type"));
    }

    @Test
    void theDemoServesTheAddOnOnlyWhenConfigured() throws Exception {
        Map<String, String> demoEnv = Map.of("PORT", "0");
        try (HearbackServer demo = HearbackServer.start(ServerConfig.fromEnv(demoEnv, true), demoEnv)) {
            assertEquals(404, get(demo, "addon/logo.png"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(demo.url() + "addon/contextual"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
        }
        Map<String, String> configured = Map.of("PORT", "0", "HEARBACK_ADDON_URL", Fixtures.BASE,
                "HEARBACK_ADDON_SERVICE_ACCOUNT", Fixtures.SA);
        try (HearbackServer demo = HearbackServer.start(ServerConfig.fromEnv(configured, true), configured)) {
            assertEquals(200, get(demo, "addon/logo.png"));
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(demo.url() + "addon/contextual"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    int get(HearbackServer s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.url() + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // ---------------------------------------------------------------- helpers

    /** A user who signed in on the web: their row and their (fake) Google refresh token. */
    void linkUser(String sub, String email) {
        try (Database db = openDatabase()) {
            UserRepository users = new UserRepository(db, KeysetLoader.cipherFor(db, env));
            User u = users.upsert(sub, email);
            assertTrue(users.saveRefreshToken(u.id(), gmail.newRefreshToken()));
        }
    }

    Database openDatabase() {
        return Database.open(env.get("HEARBACK_DB_URL"));
    }

    /** The event Google POSTs when an email is open (gmail.threadId as thread-f:decimal). */
    static ObjectNode event(FakeGmailServer.AddOnTokens t, String threadHex, Map<String, String> parameters) {
        ObjectNode e = homepageEvent(t);
        String dec = Long.toUnsignedString(Long.parseUnsignedLong(threadHex, 16));
        ObjectNode params = ((ObjectNode) e.get("commonEventObject")).putObject("parameters");
        parameters.forEach(params::put);
        e.putObject("gmail").put("messageId", "msg-f:" + dec).put("threadId", "thread-f:" + dec)
                .put("accessToken", t.gmailAccessToken());
        return e;
    }

    /** The event Google POSTs when the add-on is opened with no email open. */
    static ObjectNode homepageEvent(FakeGmailServer.AddOnTokens t) {
        ObjectNode e = JSON.createObjectNode();
        ObjectNode common = e.putObject("commonEventObject").put("hostApp", "GMAIL").put("platform", "WEB");
        common.putObject("timeZone").put("id", NY).put("offset", -18000000);
        e.putObject("authorizationEventObject").put("userOAuthToken", t.userOAuthToken());
        return e;
    }

    static String token(String route) {
        return TestTokens.bearer(TestTokens.sign(TestTokens.payload(Fixtures.BASE + route), TestTokens.GOOGLE));
    }

    HttpResponse<String> post(String route, JsonNode body) throws Exception {
        return post(route, token(route), body);
    }

    HttpResponse<String> post(String route, String authorization, JsonNode body) throws Exception {
        return http.send(request(route, authorization, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String route, String authorization, JsonNode body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + route.substring(1)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (authorization != null) b.header("Authorization", authorization);
        return b;
    }

    static String hex(String decimal) {
        return Long.toHexString(Long.parseUnsignedLong(decimal));
    }
}
