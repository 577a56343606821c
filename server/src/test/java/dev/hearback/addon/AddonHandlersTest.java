package dev.hearback.addon;

import dev.hearback.engine.ThreadVerdict;
import static dev.hearback.addon.Fixtures.BASE;
import static dev.hearback.addon.Fixtures.CONFIG;
import static dev.hearback.addon.Fixtures.THREAD_HEX;
import static dev.hearback.addon.TestTokens.GOOGLE;
import static dev.hearback.addon.TestTokens.bearer;
import static dev.hearback.addon.TestTokens.payload;
import static dev.hearback.addon.TestTokens.sign;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.json.webtoken.JsonWebToken;
import com.google.apps.card.v1.Card;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.ThreadReport;
import dev.hearback.plan.ActionType;
import dev.hearback.plan.NextAction;
import dev.hearback.plan.Preset;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AddonHandlersTest {
    static final String THREAD_DEC = Long.toUnsignedString(0x18c2f0a1b2c3d4e5L);

    /** Fakes standing in for the server's Gmail reader, draft writer, state store and homepage. */
    final AtomicInteger analyzed = new AtomicInteger();
    final List<GmailContext> contexts = new ArrayList<>();
    final List<ThreadReport> drafted = new ArrayList<>();
    final List<String> stateCalls = new ArrayList<>();
    ThreadVerdict verdict = new ThreadVerdict.Interview(Fixtures.acme());
    boolean analyzerFails;
    Optional<Analysis> linked = Optional.empty();

    final ThreadAnalyzer analyzer = ctx -> {
        analyzed.incrementAndGet();
        contexts.add(ctx);
        if (analyzerFails) throw new java.io.IOException("Gmail said 503");
        return verdict;
    };
    final DraftCreator drafts = (ctx, report) -> {
        drafted.add(report);
        return new CreatedDraft("r-5423170000000000001", ctx.threadId(), null);
    };
    final ThreadStateWriter states = (event, threadId, change) -> {
        stateCalls.add(threadId + " " + change);
        if (change instanceof StateChange.Correction c && c.kind() == StateChange.Correction.Kind.NOT_INTERVIEW) {
            verdict = new ThreadVerdict.NotInterview(new dev.hearback.engine.IgnoredThread(threadId,
                    "Interview - Product Manager", "you said it is not an interview"));
        }
    };
    final HomepageSource homepage = event -> linked;

    final AddonHandlers handlers = new AddonHandlers(CONFIG, TestTokens.verifier(), analyzer, drafts, states,
            homepage, TestTokens.CLOCK);

    static byte[] event(String params, boolean openMessage) {
        String gmail = openMessage
                ? ",\"gmail\": {\"messageId\": \"msg-f:" + THREAD_DEC + "\", \"threadId\": \"thread-f:" + THREAD_DEC
                        + "\", \"accessToken\": \"gmail.token\"}"
                : "";
        String json = "{\"commonEventObject\": {\"hostApp\": \"GMAIL\", \"platform\": \"WEB\""
                + (params == null ? "" : ", \"parameters\": " + params) + "},"
                + "\"authorizationEventObject\": {\"userOAuthToken\": \"ya29.user\"}" + gmail + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static String tokenFor(String route) {
        return bearer(sign(payload(BASE + route), GOOGLE));
    }

    AddonHandlers.Response post(String route, byte[] body) {
        return handlers.handle(route, tokenFor(route), null, body);
    }

    // ---- every request verified ----

    @Test
    void refusedTokensGet401AndNoWork() {
        JsonWebToken.Payload expired = payload(BASE + AddonHandlers.CONTEXTUAL);
        expired.setIssuedAtTimeSeconds(TestTokens.NOW.getEpochSecond() - 7200);
        expired.setExpirationTimeSeconds(TestTokens.NOW.getEpochSecond() - 3600);
        List<String> refused = List.of(
                "",
                "Bearer nonsense",
                bearer(sign(payload(BASE + AddonHandlers.CONTEXTUAL), TestTokens.ATTACKER)),
                bearer(sign(expired, GOOGLE)),
                bearer(sign(payload("https://other-deployment.example.com/addon/contextual"), GOOGLE)));
        for (String route : AddonHandlers.ROUTES) {
            for (String auth : refused) {
                AddonHandlers.Response r = handlers.handle(route, auth, "gmail.token", event("{\"op\":\"snooze\",\"days\":\"2\"}", true));
                assertEquals(401, r.status(), route + " with " + auth);
                assertEquals("unauthorized", CardSchema.tree(r.json()).path("error").asText());
            }
            assertEquals(401, handlers.handle(route, null, null, null).status());
        }
        assertEquals(0, analyzed.get(), "no thread was read");
        assertTrue(drafted.isEmpty() && stateCalls.isEmpty(), "nothing was written");
    }

    @Test
    void unknownRouteAndBadBodiesAfterAValidToken() {
        assertEquals(404, handlers.handle("/addon/other", tokenFor(AddonHandlers.CONTEXTUAL), null, event(null, true)).status());
        assertEquals(400, post(AddonHandlers.CONTEXTUAL, "{oops".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(413, post(AddonHandlers.CONTEXTUAL, new byte[AddonEvent.MAX_BYTES + 1]).status());
        assertEquals(200, handlers.handle(AddonHandlers.CONTEXTUAL + "/", tokenFor(AddonHandlers.CONTEXTUAL), null,
                event(null, true)).status(), "a trailing slash is the same route");
    }

    // ---- contextual ----

    @Test
    void contextualInterviewCardNamesTheNextActionAndDueDate() {
        AddonHandlers.Response r = post(AddonHandlers.CONTEXTUAL, event(null, true));
        assertEquals(200, r.status());
        Card card = CardSchema.pushedCard(r.json());
        String all = CardSchema.joined(card);
        assertTrue(all.contains("Follow up") && all.contains("Due Mon, Nov 23, 2026"), all);

        GmailContext ctx = contexts.get(0);
        assertEquals(THREAD_HEX, ctx.threadId(), "the event's thread-f: id reaches the server as hex");
        assertEquals("ya29.user", ctx.userOAuthToken());
        assertEquals("gmail.token", ctx.gmailAccessToken());
    }

    @Test
    void gmailTokenMayComeFromTheHeader() {
        String body = "{\"authorizationEventObject\": {\"userOAuthToken\": \"ya29.user\"},"
                + "\"gmail\": {\"threadId\": \"thread-f:" + THREAD_DEC + "\"}}";
        AddonHandlers.Response r = handlers.handle(AddonHandlers.CONTEXTUAL, tokenFor(AddonHandlers.CONTEXTUAL),
                "header.token", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status());
        assertEquals("header.token", contexts.get(0).gmailAccessToken());
    }

    @Test
    void contextualNotInterviewAndFailuresAreCards() {
        verdict = new ThreadVerdict.NotInterview(Fixtures.hostileIgnored());
        Card not = CardSchema.pushedCard(post(AddonHandlers.CONTEXTUAL, event(null, true)).json());
        assertEquals("Not an interview thread", not.getHeader().getTitle());

        analyzerFails = true;
        AddonHandlers.Response failed = post(AddonHandlers.CONTEXTUAL, event(null, true));
        assertEquals(200, failed.status());
        assertTrue(CardSchema.joined(CardSchema.pushedCard(failed.json())).contains("couldn't read this thread"));
        assertFalse(failed.json().contains("503"), "no internal error text reaches the card");

        int before = analyzed.get();
        AddonHandlers.Response noMessage = post(AddonHandlers.CONTEXTUAL, event(null, false));
        assertTrue(CardSchema.joined(CardSchema.pushedCard(noMessage.json())).contains("Open an email"));
        assertEquals(before, analyzed.get());
    }

    // ---- draft ----

    @Test
    void draftButtonSavesTheReplyAndOpensIt() {
        AddonHandlers.Response r = post(AddonHandlers.DRAFT, event("{\"threadId\": \"" + THREAD_HEX + "\"}", true));
        assertEquals(200, r.status());
        assertTrue(CardSchema.strictResponse(r.json()).isEmpty());
        JsonNode markup = CardSchema.tree(r.json()).path("renderActions").path("hostAppAction").path("gmailAction")
                .path("openCreatedDraftActionMarkup");
        assertEquals("r-5423170000000000001", markup.path("draftId").asText());
        assertEquals(THREAD_HEX, markup.path("draftThreadId").asText());
        assertFalse(markup.has("draftStorageId"));
        assertEquals(1, drafted.size());
        assertEquals("Re: Interview - Product Manager", drafted.get(0).draft().subject());
        assertEquals(THREAD_HEX, contexts.get(0).threadId());
    }

    @Test
    void draftButtonWithNothingToDraftOnlyNotifies() {
        verdict = new ThreadVerdict.Interview(CardRendererTest.withAction(Fixtures.acme(), THREAD_HEX, "Acme",
                new NextAction(ActionType.NONE, null, false, "Waiting for the interview.")));
        assertNotification(post(AddonHandlers.DRAFT, event(null, true)), "no reply to draft");
        verdict = new ThreadVerdict.NotInterview(Fixtures.ignored());
        assertNotification(post(AddonHandlers.DRAFT, event(null, true)), "no reply to draft");
        assertNotification(post(AddonHandlers.DRAFT, event("{\"threadId\": \"ffff000000000000\"}", true)), "another thread");
        assertNotification(post(AddonHandlers.DRAFT, event(null, false)), "Open the email thread");
        assertTrue(drafted.isEmpty());
    }

    @Test
    void draftFailureIsANotification() {
        AddonHandlers failing = new AddonHandlers(CONFIG, TestTokens.verifier(), analyzer, (ctx, report) -> {
            throw new IllegalStateException("quota");
        }, states, homepage, TestTokens.CLOCK);
        AddonHandlers.Response r = failing.handle(AddonHandlers.DRAFT, tokenFor(AddonHandlers.DRAFT), null, event(null, true));
        assertNotification(r, "didn't save the draft");
    }

    // ---- state ----

    @Test
    void snoozeStoresAndSaysUntilWhen() {
        AddonHandlers.Response r = post(AddonHandlers.STATE,
                event("{\"threadId\": \"" + THREAD_HEX + "\", \"op\": \"snooze\", \"days\": \"2\"}", true));
        assertNotification(r, "Snoozed until Sun, Nov 22, 2026.");
        assertEquals(List.of(THREAD_HEX + " Snooze[days=2]"), stateCalls);
    }

    @Test
    void notAnInterviewStoresAndUpdatesTheCard() {
        AddonHandlers.Response r = post(AddonHandlers.STATE,
                event("{\"threadId\": \"" + THREAD_HEX + "\", \"op\": \"correction\", \"value\": \"NOT_INTERVIEW\"}", true));
        assertEquals(200, r.status());
        List<Card> cards = CardSchema.strictResponse(r.json());
        assertEquals(1, cards.size());
        assertEquals("Not an interview thread", cards.get(0).getHeader().getTitle());
        JsonNode action = CardSchema.tree(r.json()).path("renderActions").path("action");
        assertTrue(action.path("navigations").get(0).has("updateCard"));
        assertTrue(action.path("notification").path("text").asText().contains("won't follow this thread"));
        assertEquals(List.of(THREAD_HEX + " Correction[kind=NOT_INTERVIEW]"), stateCalls);
    }

    @Test
    void isAnInterviewFromTheHomepageNotifiesOnly() {
        AddonHandlers.Response r = post(AddonHandlers.STATE,
                event("{\"threadId\": \"" + THREAD_HEX + "\", \"op\": \"correction\", \"value\": \"IS_INTERVIEW\"}", false));
        assertNotification(r, "will plan this thread's follow-ups");
        assertEquals(List.of(THREAD_HEX + " Correction[kind=IS_INTERVIEW]"), stateCalls);
    }

    @Test
    void badStateButtonsChangeNothing() {
        for (String params : List.of("{\"op\": \"delete\"}", "{\"op\": \"snooze\", \"days\": \"99\"}",
                "{\"op\": \"snooze\", \"days\": \"x\"}", "{\"op\": \"correction\", \"value\": \"MAYBE\"}")) {
            assertNotification(post(AddonHandlers.STATE, event(params, true)), "didn't understand");
        }
        assertNotification(post(AddonHandlers.STATE, event("{\"op\": \"snooze\", \"days\": \"2\"}", false)), "Open the email thread");
        assertNotification(post(AddonHandlers.STATE,
                event("{\"threadId\": \"ffff000000000000\", \"op\": \"snooze\", \"days\": \"2\"}", true)), "another thread");
        assertTrue(stateCalls.isEmpty(), stateCalls.toString());
    }

    // ---- homepage ----

    @Test
    void homepageForLinkedAndUnlinkedUsers() {
        Card unlinked = CardSchema.pushedCard(post(AddonHandlers.HOMEPAGE, event(null, false)).json());
        assertTrue(CardSchema.joined(unlinked).contains("Link your Hearback account"));

        ThreadReport due = CardRendererTest.withAction(Fixtures.acme(), THREAD_HEX, "Acme",
                new NextAction(ActionType.FOLLOW_UP, LocalDate.of(2026, 11, 19), false, "r"));
        linked = Optional.of(new Analysis(TestTokens.NOW, Fixtures.NY, Preset.BALANCED, List.of(due), List.of()));
        Card home = CardSchema.pushedCard(post(AddonHandlers.HOMEPAGE, event(null, false)).json());
        assertEquals("1 follow-up due", home.getHeader().getSubtitle());
        assertTrue(CardSchema.joined(home).contains("<b>Follow up</b> \u00b7 Acme \u2014 Product Manager"));
    }

    // ---- the wiring the server does, over loopback ----

    @Test
    void javalinWiringAsDocumented() throws Exception {
        Javalin app = Javalin.create();
        app.post("/addon/{fn}", ctx -> {
            var r = handlers.handle(ctx.path(), ctx.header("Authorization"), ctx.header("X-Goog-Gmail-Access-Token"),
                    ctx.bodyAsBytes());
            ctx.status(r.status()).contentType("application/json").result(r.json());
        });
        app.get(AddonHandlers.LOGO, ctx -> ctx.contentType("image/png").result(AddonHandlers.logoPng()));
        app.start("127.0.0.1", 0);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + app.port();
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + AddonHandlers.CONTEXTUAL))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(event(null, true))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode());
            assertEquals(0, analyzed.get());

            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + AddonHandlers.CONTEXTUAL))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", tokenFor(AddonHandlers.CONTEXTUAL))
                    .header("X-Goog-Gmail-Access-Token", "gmail.header")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(event(null, true))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(CardSchema.joined(CardSchema.pushedCard(ok.body())).contains("Due Mon, Nov 23, 2026"));

            HttpResponse<byte[]> logo = http.send(HttpRequest.newBuilder(URI.create(base + AddonHandlers.LOGO))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, logo.statusCode());
            byte[] head = new byte[] {(byte) 0x89, 'P', 'N', 'G'};
            assertArrayEquals(head, java.util.Arrays.copyOf(logo.body(), 4));
        } finally {
            app.stop();
        }
    }

    static void assertNotification(AddonHandlers.Response r, String text) {
        assertEquals(200, r.status());
        assertTrue(CardSchema.strictResponse(r.json()).isEmpty(), "no card: " + r.json());
        JsonNode n = CardSchema.tree(r.json()).path("renderActions").path("action").path("notification").path("text");
        assertTrue(n.asText().contains(text), "notification '" + n.asText() + "' should say '" + text + "'");
        assertNull(CardSchema.tree(r.json()).path("renderActions").get("hostAppAction"));
    }
}
