package dev.hearback.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearback.gmail.FakeGmailServer;
import dev.hearback.web.ServerConfig;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in as a user goes through it: the extension opens /auth/start, the server sends the browser
 * to Google's consent with state and PKCE, Google calls back with a code, the server trades it with
 * the real Google client (against a local stand-in for Google's token endpoint and Gmail) and hands
 * the extension a session token. Then the session reads Gmail and saves a draft.
 */
class GoogleSignInFlowTest {
    static final String EXT = "abcdefghijklmnopabcdefghijklmnop";
    static final String REDIRECT = "https://" + EXT + ".chromiumapp.org/signed-in";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    FakeGmailServer google;
    HearbackServer server;
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String base;

    @BeforeEach
    void start() throws Exception {
        google = new FakeGmailServer();
        for (String mbox : List.of("/gmail/interviews.mbox", "/gmail/extra.mbox")) {
            try (InputStream in = getClass().getResourceAsStream(mbox)) {
                google.loadMbox(in);
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(port));
        env.put("HEARBACK_HOST", "127.0.0.1");
        env.put("HEARBACK_PUBLIC_URL", "http://localhost:" + port);
        env.put("HEARBACK_DB_URL", "jdbc:sqlite:" + dir.resolve("hearback.db"));
        env.put("HEARBACK_EXTENSION_ORIGINS", "chrome-extension://" + EXT);
        env.put("GOOGLE_CLIENT_ID", FakeGmailServer.CLIENT_ID);
        env.put("GOOGLE_CLIENT_SECRET", FakeGmailServer.CLIENT_SECRET);
        env.put("GOOGLE_AUTH_URI", google.rootUrl() + "o/oauth2/v2/auth");
        env.put("GOOGLE_TOKEN_URI", google.tokenUri().toString());
        env.put("GMAIL_API_ROOT_URL", google.rootUrl());
        server = HearbackServer.start(ServerConfig.fromEnv(env, false), env);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        google.close();
    }

    @Test
    void signInHandsTheExtensionASessionThatReadsGmailAndSavesDrafts() throws Exception {
        HttpResponse<String> start = get("/auth/start?redirect_uri=" + enc(REDIRECT), null);
        assertEquals(302, start.statusCode());
        URI consent = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertTrue(consent.toString().startsWith(google.rootUrl() + "o/oauth2/v2/auth?"), consent.toString());
        Map<String, String> q = query(consent.getRawQuery());
        assertEquals(FakeGmailServer.CLIENT_ID, q.get("client_id"));
        assertEquals("code", q.get("response_type"));
        assertEquals("offline", q.get("access_type"));
        assertEquals("S256", q.get("code_challenge_method"));
        assertEquals(server.config().publicUrl() + "/auth/callback", q.get("redirect_uri"));
        assertTrue(List.of(q.get("scope").split(" ")).containsAll(List.of("openid", "email",
                "https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/gmail.compose")), q.get("scope"));
        assertFalse(q.get("scope").contains("gmail.send") || q.get("scope").contains("mail.google.com"), "never asks to send mail");

        String code = google.consent(q.get("code_challenge"), q.get("redirect_uri"), "google-sub-1", FakeGmailServer.ME);
        HttpResponse<String> back = get("/auth/callback?state=" + enc(q.get("state")) + "&code=" + enc(code), null);
        assertEquals(302, back.statusCode(), back.body());
        String to = back.headers().firstValue("Location").orElseThrow();
        assertTrue(to.startsWith(REDIRECT + "#token="), to);
        Map<String, String> fragment = query(URI.create(to).getRawFragment());
        String token = fragment.get("token");
        assertNotNull(fragment.get("expires"));

        JsonNode settings = json(get("/api/settings", token), 200);
        assertEquals(FakeGmailServer.ME, settings.get("email").asText());

        // The refresh token is kept, encrypted: the database never holds it in the clear.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hearback.db"));
             var rs = c.createStatement().executeQuery("SELECT refresh_token_enc FROM users")) {
            assertTrue(rs.next());
            String stored = rs.getString(1);
            assertNotNull(stored);
            assertFalse(stored.contains("fake-refresh"), "refresh token stored in the clear");
        }

        JsonNode list = json(get("/api/threads", token), 200);
        assertTrue(list.get("threads").size() > 0, list.toString());
        assertTrue(google.requests().stream().anyMatch(r -> r.path().endsWith("/threads") && r.status() == 200), "threads.list was called");

        // Draft for the most urgent thread with something to write: saved in Gmail, in its thread, never sent.
        JsonNode withDraft = null;
        for (JsonNode t : list.get("threads")) {
            if (!t.get("draft").isNull()) {
                withDraft = t;
                break;
            }
        }
        assertNotNull(withDraft, "some thread has a draft");
        String threadId = withDraft.get("threadId").asText();
        JsonNode draft = json(post("/api/threads/" + threadId + "/draft", token, ""), 201);
        String raw = google.draftRaw(draft.get("draftId").asText());
        assertNotNull(raw, "the draft is in Gmail");
        assertTrue(raw.contains("In-Reply-To: <"), raw);
        assertTrue(draft.get("gmailUrl").asText().startsWith("https://mail.google.com/"), draft.toString());
        assertTrue(google.requests().stream().noneMatch(r -> r.path().contains("/send")), "nothing was sent");

        // The user revokes Hearback at Google: the next refresh says "sign in again" with 401.
        google.revokeAllGrants();
        json(put("/api/settings", token, "{\"preset\":\"patient\"}"), 200); // settings are ours: no Gmail needed, and the plan is redone
        HttpResponse<String> after = get("/api/threads", token);
        assertEquals(401, after.statusCode(), after.body());
        assertEquals("gmail_reauth", JSON.readTree(after.body()).get("error").asText());
    }

    @Test
    void aSignInStateWorksOnceAndOnlyForTheBrowserThatStartedIt() throws Exception {
        Map<String, String> q = query(URI.create(get("/auth/start?redirect_uri=" + enc(REDIRECT), null)
                .headers().firstValue("Location").orElseThrow()).getRawQuery());
        String code = google.consent(q.get("code_challenge"), q.get("redirect_uri"), "google-sub-2", FakeGmailServer.ME);
        assertEquals(400, get("/auth/callback?state=forged&code=" + enc(code), null).statusCode());
        assertEquals(302, get("/auth/callback?state=" + enc(q.get("state")) + "&code=" + enc(code), null).statusCode());
        HttpResponse<String> replay = get("/auth/callback?state=" + enc(q.get("state")) + "&code=" + enc(code), null);
        assertEquals(400, replay.statusCode());
        assertEquals("bad_state", JSON.readTree(replay.body()).get("error").asText());
    }

    @Test
    void aCodeWithoutTheMatchingPkceVerifierIsRefused() throws Exception {
        Map<String, String> q = query(URI.create(get("/auth/start?redirect_uri=" + enc(REDIRECT), null)
                .headers().firstValue("Location").orElseThrow()).getRawQuery());
        // An attacker's code (bound to another challenge) injected into this user's callback.
        String stolen = google.consent("some-other-challenge", q.get("redirect_uri"), "attacker", "attacker@example.com");
        HttpResponse<String> r = get("/auth/callback?state=" + enc(q.get("state")) + "&code=" + enc(stolen), null);
        assertEquals(502, r.statusCode());
        assertFalse(r.headers().firstValue("Location").isPresent(), "no session handed out");
    }

    @Test
    void tokensGoOnlyToTheConfiguredExtension() throws Exception {
        for (String bad : List.of("https://evil.example/cb", "https://ponmlkjihgfedcbaponmlkjihgfedcba.chromiumapp.org/cb",
                "http://" + EXT + ".chromiumapp.org/cb", "https://" + EXT + ".chromiumapp.org.evil.example/cb")) {
            HttpResponse<String> r = get("/auth/start?redirect_uri=" + enc(bad), null);
            assertEquals(400, r.statusCode(), bad);
            assertEquals("bad_redirect", JSON.readTree(r.body()).get("error").asText());
        }
    }

    @Test
    void declinedConsentReturnsToTheExtensionWithTheReason() throws Exception {
        Map<String, String> q = query(URI.create(get("/auth/start?redirect_uri=" + enc(REDIRECT), null)
                .headers().firstValue("Location").orElseThrow()).getRawQuery());
        HttpResponse<String> r = get("/auth/callback?state=" + enc(q.get("state")) + "&error=access_denied", null);
        assertEquals(302, r.statusCode());
        assertEquals(REDIRECT + "#error=access_denied", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theWebPageSignsInWithACookieAndShowsTheChecklist() throws Exception {
        HttpResponse<String> before = get("/", null);
        assertEquals(200, before.statusCode());
        assertTrue(before.body().contains("href=\"/auth/start\""), "offers to sign in");
        assertTrue(before.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));

        Map<String, String> q = query(URI.create(get("/auth/start", null).headers().firstValue("Location").orElseThrow()).getRawQuery());
        String code = google.consent(q.get("code_challenge"), q.get("redirect_uri"), "google-sub-3", FakeGmailServer.ME);
        HttpResponse<String> back = get("/auth/callback?state=" + enc(q.get("state")) + "&code=" + enc(code), null);
        assertEquals(302, back.statusCode(), back.body());
        assertEquals("/", back.headers().firstValue("Location").orElseThrow());
        String cookie = back.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(FakeGmailServer.ME), "names who is signed in");
        assertTrue(page.body().contains("class=\"thread"), "lists the interview threads");
        assertFalse(page.body().contains("<script"), "no script on the page");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            m.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
