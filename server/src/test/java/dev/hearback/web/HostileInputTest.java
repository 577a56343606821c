package dev.hearback.web;

import static dev.hearback.web.ApiServer.error;
import static dev.hearback.web.ApiServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearback.server.LocalMailbox;
import dev.hearback.store.Database;
import dev.hearback.store.SessionStore;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 item 5: what a stranger, a stolen or stale token, a broken client or a web page can send,
 * against a real demo server. Each refusal is JSON with the documented status, and afterwards the
 * user's checklist and settings are exactly what they were.
 */
class HostileInputTest {
    /** Due now, with a draft: the demo's first thread (Juniper Freight). */
    private static final String THREAD = "1a1d1b40b801184a";
    private static final String EVIL = "https://evil.example";

    private ApiServer api;
    private String token;
    private String before;

    @BeforeEach
    void start() {
        api = ApiServer.demo();
        token = api.signIn();
        before = userState();
        assertTrue(before.contains(THREAD), "the demo's checklist lists " + THREAD);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** What the user sees: the whole checklist and their settings, as served. */
    private String userState() {
        String list = json(api.get("/api/threads", token), 200).toString();
        String settings = json(api.get("/api/settings", token), 200).toString();
        return list + "\n" + settings;
    }

    private void assertUnchanged(String after) {
        assertEquals(before, userState(), "the user's state changed after " + after);
    }

    /** Every /api route, as a request carrying {@code auth} (an Authorization header value, or null). */
    private List<HttpRequest.Builder> everyRoute(String auth) {
        List<HttpRequest.Builder> all = List.of(
                api.request("/api/threads", null).GET(),
                api.request("/api/threads/" + THREAD, null).GET(),
                api.request("/api/threads/" + THREAD + "/draft", null).POST(HttpRequest.BodyPublishers.noBody()),
                api.request("/api/threads/" + THREAD + "/state", null)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"dismissed\": true}")),
                api.request("/api/settings", null).GET(),
                api.request("/api/settings", null).PUT(HttpRequest.BodyPublishers.ofString("{\"zone\": \"Asia/Tokyo\"}")),
                api.request("/api/logout", null).POST(HttpRequest.BodyPublishers.noBody()),
                api.request("/api/nothing-here", null).GET());
        if (auth != null) all.forEach(b -> b.header("Authorization", auth));
        all.forEach(b -> b.header("Content-Type", "application/json"));
        return all;
    }

    private void assertAllRefused(String auth, String what) {
        for (HttpRequest.Builder b : everyRoute(auth)) {
            HttpResponse<String> r = api.send(b);
            assertEquals(401, r.statusCode(), () -> what + " (" + r.request().headers().firstValue("Authorization").orElse("no header")
                    + ", valid token " + token + ") got " + r.statusCode() + " from " + r.request().uri());
            error(r, 401, "unauthorized");
            assertTrue(r.headers().firstValue("WWW-Authenticate").isEmpty() || r.statusCode() == 401);
        }
        assertUnchanged(what);
    }

    // ---- who is calling ----

    @Test
    void missingSessionIs401AndChangesNothing() {
        assertAllRefused(null, "requests without a token");
        assertAllRefused("", "an empty Authorization header");
        assertAllRefused("Bearer ", "an empty bearer token");
        assertAllRefused("Basic " + token, "the token sent as Basic");
        assertAllRefused(token, "the token without 'Bearer'");
    }

    @Test
    void forgedSessionIs401AndChangesNothing() {
        char[] flipped = token.toCharArray();
        flipped[0] = flipped[0] == 'A' ? 'B' : 'A';
        assertAllRefused("Bearer " + new String(flipped), "a token one character off");
        assertAllRefused("Bearer " + "A".repeat(43), "a made-up token");
        // The database keeps the token's SHA-256: knowing that must not sign anyone in.
        assertAllRefused("Bearer " + sha256Hex(token), "the stored hash of a real token");
        assertAllRefused("Bearer " + token + "x", "a real token with a character added");
        assertAllRefused("Bearer " + "x".repeat(5000), "a 5000-character token");
        assertAllRefused("Bearer ' OR '1'='1", "SQL in the token");
    }

    private static String sha256Hex(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void revokedSessionIs401AndChangesNothing() {
        String stolen = api.signIn();
        assertEquals(204, api.post("/api/logout", stolen, "").statusCode());
        assertAllRefused("Bearer " + stolen, "a signed-out token");
    }

    @Test
    void expiredSessionIs401AndChangesNothing() {
        try (Database db = Database.open(api.dbUrl)) {
            String userId = new SessionStore(db).find(token).orElseThrow().userId();
            // Issued two days ago for one day: it ran out yesterday.
            Clock twoDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);
            String expired = new SessionStore(db, twoDaysAgo).create(userId, Duration.ofDays(1)).token();
            // ...while one issued the same way for three days still works, so it is the expiry that counts.
            String live = new SessionStore(db, twoDaysAgo).create(userId, Duration.ofDays(3)).token();
            json(api.get("/api/threads", live), 200);
            assertAllRefused("Bearer " + expired, "an expired token");
        }
    }

    // ---- what a signed-in client sends ----

    @Test
    void brokenStateBodiesAre400AndChangeNothing() {
        for (String body : List.of(
                "", "null", "{", "{\"dismissed\": tru", "not json", "\"dismissed\"", "42", "[]",
                "[{\"dismissed\": true}]", "{}",
                "{\"dismissed\": true, \"admin\": true}", "{\"dismissed\": true, \"userId\": \"someone-else\"}",
                "{\"threadId\": \"1a136a2c780d3f3b\"}",
                "{\"dismissed\": \"yes\"}", "{\"dismissed\": 1}", "{\"dismissed\": null}",
                "{\"snoozeDays\": \"2\"}", "{\"snoozeDays\": 2.5}", "{\"snoozeDays\": 0}", "{\"snoozeDays\": -1}",
                "{\"snoozeDays\": 31}", "{\"snoozeDays\": 1e10}", "{\"snoozeDays\": 99999999999999999999}",
                "{\"snoozeDays\": [2]}", "{\"snoozeDays\": {\"days\": 2}}",
                "{\"snoozedUntil\": \"tomorrow\"}", "{\"snoozedUntil\": \"2026-02-30\"}", "{\"snoozedUntil\": 20261124}",
                "{\"snoozeDays\": 2, \"snoozedUntil\": \"2026-11-24\"}",
                "{\"correction\": \"MAYBE\"}", "{\"correction\": \"not_interview\"}", "{\"correction\": true}",
                "{\"outcome\": \"HIRED\"}", "{\"outcome\": 5}", "{\"outcome\": [\"OFFER\"]}",
                // one good change and one bad: all or nothing
                "{\"dismissed\": true, \"snoozeDays\": \"x\"}", "{\"outcome\": \"OFFER\", \"correction\": \"MAYBE\"}",
                "{\"dismissed\": true} trailing", "{\"dismissed\": true}{\"dismissed\": true}",
                "{\"dismissed\": false, \"dismissed\": true}")) {
            HttpResponse<String> r = api.post("/api/threads/" + THREAD + "/state", token, body);
            assertEquals(400, r.statusCode(), () -> "body " + body + " got " + r.body());
            error(r, 400, "bad_request");
            assertFalse(r.body().contains("Exception"), r.body());
        }
        assertUnchanged("broken state bodies");
    }

    @Test
    void brokenSettingsBodiesAre400AndChangeNothing() {
        for (String body : List.of(
                "", "null", "{", "[]", "[{\"zone\": \"Asia/Tokyo\"}]", "{}", "\"Asia/Tokyo\"",
                "{\"zone\": \"Asia/Tokyo\", \"email\": \"attacker@evil.example\"}",
                "{\"email\": \"attacker@evil.example\"}",
                "{\"zone\": 9}", "{\"zone\": null}", "{\"country\": null}", "{\"preset\": null}",
                "{\"zone\": [\"Asia/Tokyo\"]}", "{\"country\": {\"code\": \"JP\"}}", "{\"preset\": true}",
                "{\"zone\": \"../../etc/passwd\"}", "{\"zone\": \"Asia/Tokyo\", \"preset\": 1}")) {
            HttpResponse<String> r = api.put("/api/settings", token, body);
            assertEquals(400, r.statusCode(), () -> "body " + body + " got " + r.body());
            error(r, 400, "bad_request");
        }
        assertUnchanged("broken settings bodies");
    }

    @Test
    void tenMegabyteBodiesAre413() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        byte[] dismiss = "\"dismissed\": true}".getBytes();
        System.arraycopy(dismiss, 0, big, big.length - dismiss.length, dismiss.length);
        // with a Content-Length, then streamed without one (chunked)
        error(api.send(api.request("/api/threads/" + THREAD + "/state", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))), 413, "too_large");
        error(api.send(api.request("/api/threads/" + THREAD + "/state", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))), 413, "too_large");
        error(api.send(api.request("/api/settings", token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(big))), 413, "too_large");
        assertUnchanged("10 MB bodies");
    }

    // ---- other origins ----

    @Test
    void aWebPageOriginIsRefusedAndChangesNothing() {
        for (String origin : List.of(EVIL, "null", "http://localhost.evil.example", "chrome-extension://not-an-extension-id",
                "https://" + ApiServer.EXTENSION_ID + ".chromiumapp.org")) {
            for (HttpRequest.Builder b : everyRoute("Bearer " + token)) {
                HttpResponse<String> r = api.send(b.header("Origin", origin));
                error(r, 403, "forbidden_origin");
                assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), origin);
            }
        }
        assertUnchanged("cross-origin requests");
        // The cross-origin logout above did not sign the user out.
        json(api.get("/api/threads", token), 200);
    }

    @Test
    void preflightAnswersOnlyTheExtension() {
        HttpResponse<String> ok = api.send(preflight(ApiServer.EXTENSION_ORIGIN, "POST"));
        assertEquals(204, ok.statusCode());
        assertEquals(ApiServer.EXTENSION_ORIGIN, ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(ok.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(ok.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
        assertTrue(ok.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "no cookies cross-origin");

        for (String origin : List.of(EVIL, "null", "chrome-extension://abc", "chrome-extension://" + ApiServer.EXTENSION_ID + ".evil.example")) {
            HttpResponse<String> r = api.send(preflight(origin, "POST"));
            error(r, 403, "forbidden_origin");
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), origin);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), origin);
        }
        // The extension's real request gets its CORS header too.
        HttpResponse<String> get = api.send(api.request("/api/threads", token).header("Origin", ApiServer.EXTENSION_ORIGIN).GET());
        json(get, 200);
        assertEquals(ApiServer.EXTENSION_ORIGIN, get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    private HttpRequest.Builder preflight(String origin, String method) {
        return api.request("/api/threads/" + THREAD + "/state", null)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type");
    }

    @Test
    void outsideTheDemoOnlyTheConfiguredExtensionIsAnswered() {
        String mine = "chrome-extension://" + "a".repeat(32);
        String other = "chrome-extension://" + "b".repeat(32);
        try (ApiServer prod = ApiServer.start(false, Map.of(ServerConfig.ENV_EXTENSION_ORIGINS, mine,
                "GOOGLE_CLIENT_ID", "test-client", "GOOGLE_CLIENT_SECRET", "test-secret"))) {
            HttpResponse<String> ok = prod.send(prod.request("/api/threads", null).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", mine).header("Access-Control-Request-Method", "GET"));
            assertEquals(204, ok.statusCode());
            assertEquals(mine, ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> no = prod.send(prod.request("/api/threads", null).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", other).header("Access-Control-Request-Method", "GET"));
            error(no, 403, "forbidden_origin");
            assertTrue(no.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            // and the other extension cannot receive a session token either
            HttpResponse<String> signIn = prod.get("/auth/start?redirect_uri=https://" + "b".repeat(32) + ".chromiumapp.org/cb", null);
            error(signIn, 400, "bad_redirect");
        }
    }

    // ---- rate limit ----

    @Test
    void theRequestAfterTheLimitIs429WithRetryAfter() {
        try (ApiServer limited = ApiServer.demo(Map.of(ServerConfig.ENV_RATE_LIMIT, "3"))) {
            String t = limited.signIn();
            for (int i = 0; i < 3; i++) json(limited.get("/api/threads", t), 200);
            HttpResponse<String> r = limited.get("/api/threads/" + THREAD, t);
            error(r, 429, "rate_limited");
            long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
            // A state change is refused as well, and is not applied.
            error(limited.post("/api/threads/" + THREAD + "/state", t, "{\"dismissed\": true}"), 429, "rate_limited");
            // health and App Engine's warm-up request are not behind the limit, nor behind sign-in
            json(limited.get("/healthz", null), 200);
            json(limited.get("/_ah/warmup", null), 200);
        }
    }

    // ---- mail that carries markup ----

    /** The demo mailbox has a thread whose subject and sender name carry an img tag and whose body has a script. */
    private static final String HOSTILE_THREAD = "1a1b1a8eb80dc763";
    private static final String IMG = "<img src=x onerror=alert(1)>";

    @Test
    void markupInMailIsPlainJsonText() {
        HttpResponse<String> r = api.get("/api/threads/" + HOSTILE_THREAD, token);
        JsonNode t = json(r, 200).get("thread");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("Interview for Data Engineer " + IMG + " Quillfeather Systems", t.get("subject").asText());
        assertEquals("Nico Alvarez " + IMG, t.at("/contact/name").asText());
        assertTrue(t.at("/draft/subject").asText().contains(IMG));
    }

    @Test
    void markupInMailIsEscapedOnThePage() {
        HttpResponse<String> r = api.get("/", null);
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("script-src"), csp);
        String page = r.body();
        assertTrue(page.contains(Html.text(IMG)), "the subject is shown, escaped");
        assertNoMarkupFromMail(page);

        JsonNode d = json(api.post("/api/threads/" + HOSTILE_THREAD + "/draft", token, ""), 201);
        String url = d.get("gmailUrl").asText();
        String draftPage = api.get(url.substring(url.indexOf("/demo/")), null).body();
        assertTrue(draftPage.contains("Subject: Re: Interview for Data Engineer " + Html.text(IMG)), draftPage);
        assertNoMarkupFromMail(draftPage);
    }

    /**
     * A mailbox written to attack (extension/test/e2e/fixtures/hostile.mbox): img and script tags,
     * quotes and right-to-left text in the subject, the recruiter's name and bodies, in encoded words
     * and quoted-printable, served as {@code serve --demo --mbox FILE --me pat.doe@gmail.com}.
     */
    @Test
    void aHostileMailboxIsServedAsTextAndShownEscaped() {
        LocalMailbox hostile = LocalMailbox.of(Path.of("..", "extension", "test", "e2e", "fixtures", "hostile.mbox"),
                "pat.doe@gmail.com", Instant.parse("2026-11-19T15:00:00Z"));
        try (ApiServer evil = ApiServer.serving(hostile)) {
            String t = evil.signIn();
            JsonNode list = json(evil.get("/api/threads", t), 200);
            assertEquals(1, list.get("threads").size(), list.toString());
            JsonNode thread = list.get("threads").get(0);
            String subject = thread.get("subject").asText();
            String contact = thread.at("/contact/name").asText();
            // The markup arrives as the text the sender wrote: decoded, not escaped or stripped by the API.
            assertTrue(subject.contains("<img src=x onerror="), subject);
            assertTrue(contact.contains("<"), contact);
            assertFalse(thread.get("draft").isNull(), "the hostile thread still gets its draft");

            String page = evil.get("/", null).body();
            assertNoMarkupFromMail(page);
            assertTrue(page.contains(Html.text(thread.at("/draft/subject").asText())), "the draft's subject is on the page, escaped");
            assertTrue(page.contains(Html.text(thread.at("/nextAction/reason").asText())));

            JsonNode d = json(evil.post("/api/threads/" + thread.get("threadId").asText() + "/draft", t, ""), 201);
            String url = d.get("gmailUrl").asText();
            String draftPage = evil.get(url.substring(url.indexOf("/demo/")), null).body();
            assertNoMarkupFromMail(draftPage);
            assertTrue(draftPage.contains(Html.text(thread.at("/draft/body").asText().lines().findFirst().orElseThrow())));
        }
    }

    /** The page's own tags only: no img, script or event handler attribute came through from mail. */
    static void assertNoMarkupFromMail(String page) {
        String lower = page.toLowerCase(java.util.Locale.ROOT);
        assertFalse(lower.contains("<img"), "an img tag from mail reached the page");
        assertFalse(lower.contains("<script"), "a script tag reached the page");
        Matcher m = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page);
        assertFalse(m.find(), "an event handler attribute reached the page");
    }
}
