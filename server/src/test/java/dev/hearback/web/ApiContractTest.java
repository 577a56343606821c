package dev.hearback.web;

import static dev.hearback.web.ApiServer.error;
import static dev.hearback.web.ApiServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearback.account.ApiThreadIds;
import dev.hearback.cli.DemoMailbox;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.MailboxReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route of docs/api.md against a real demo server: the shapes the extension reads, and the
 * answers a user sees change when they dismiss, snooze, correct or record an outcome.
 * The demo mailbox is planned as of 2026-11-19 10:00 in New York.
 */
class ApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STAGES = Set.of("WITHDRAWN", "ACCEPTED", "OFFER", "REJECTED", "SCHEDULED", "AWAITING");
    private static final Set<String> ACTIONS = Set.of("THANK_YOU", "CHECK_IN", "FOLLOW_UP", "FINAL_NOTE", "MOVE_ON",
            "REQUEST_FEEDBACK", "WITHDRAW", "CALL", "ESCALATE", "NONE");
    private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 19);

    private ApiServer api;
    private String token;

    @BeforeEach
    void start() {
        api = ApiServer.demo();
        token = api.signIn();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode list() {
        return json(api.get("/api/threads", token), 200);
    }

    private JsonNode one(String id) {
        return json(api.get("/api/threads/" + id, token), 200);
    }

    private JsonNode state(String id, String body) {
        return json(api.post("/api/threads/" + id + "/state", token, body), 200);
    }

    private static List<JsonNode> threads(JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        list.get("threads").forEach(out::add);
        return out;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode t : list.get("threads")) if (t.get("threadId").asText().equals(id)) return t;
        return null;
    }

    /** A thread that is due now and has a draft: the first of the checklist. */
    private String dueThread(JsonNode list) {
        for (JsonNode t : list.get("threads")) {
            if (t.at("/nextAction/dueNow").asBoolean() && !t.get("draft").isNull()) return t.get("threadId").asText();
        }
        throw new AssertionError("the demo has no due thread with a draft");
    }

    private String threadWith(JsonNode list, String stage, String action) {
        for (JsonNode t : list.get("threads")) {
            if (t.get("stage").asText().equals(stage) && t.at("/nextAction/type").asText().equals(action)) {
                return t.get("threadId").asText();
            }
        }
        throw new AssertionError("the demo has no " + stage + "/" + action + " thread");
    }

    /** The demo mailbox's threads that the planner did not take as interviews (job alerts, newsletters...). */
    private List<String> notInterviewIds(JsonNode list) throws IOException {
        Set<String> listed = new HashSet<>();
        list.get("threads").forEach(t -> listed.add(t.get("threadId").asText()));
        List<String> out = new ArrayList<>();
        try (InputStream in = DemoMailbox.open()) {
            for (MailThread t : new MailboxReader().readMbox(in).threads()) {
                String id = ApiThreadIds.fromMailboxId(t.id());
                if (!listed.contains(id)) out.add(id);
            }
        }
        assertFalse(out.isEmpty(), "the demo mailbox should hold threads that are not interviews");
        return out;
    }

    // ---- shapes ----

    @Test
    void healthNeedsNoSignIn() {
        JsonNode n = json(api.get("/healthz", null), 200);
        assertEquals("ok", n.get("status").asText());
    }

    @Test
    void checklistHasTheDocumentedShape() throws IOException {
        JsonNode l = list();
        assertEquals(Set.of("now", "zone", "dueToday", "threads"), fields(l));
        assertEquals("America/New_York", l.get("zone").asText());
        assertEquals(OffsetDateTime.parse("2026-11-19T10:00:00-05:00"), OffsetDateTime.parse(l.get("now").asText()));
        assertTrue(l.get("dueToday").isInt());
        assertTrue(l.get("threads").size() >= 10, "the demo has more than ten interview threads");
        JsonNode example = docsThreadViewExample();
        for (JsonNode t : l.get("threads")) assertThreadView(example, t);
    }

    /** Every field of the docs' ThreadView example is served, with the same nesting, and nothing else. */
    private static void assertThreadView(JsonNode example, JsonNode t) {
        String id = t.get("threadId").asText();
        assertEquals(fields(example), fields(t), "ThreadView fields of " + id);
        for (Iterator<String> it = example.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (example.get(f).isObject() && !t.get(f).isNull()) {
                assertEquals(fields(example.get(f)), fields(t.get(f)), f + " of " + id);
            }
        }
        assertTrue(id.matches("[0-9a-f]{1,16}"), id);
        assertTrue(STAGES.contains(t.get("stage").asText()), t.get("stage").asText());
        String type = t.at("/nextAction/type").asText();
        assertTrue(ACTIONS.contains(type), type);
        assertEquals(type.equals("NONE") || type.equals("MOVE_ON"), t.get("draft").isNull(), "draft of a " + type + " in " + id);
        assertEquals("https://mail.google.com/mail/u/0/#all/" + id, t.get("gmailUrl").asText());
        assertTrue(t.get("followUpsSent").isInt());
        assertTrue(t.at("/state/dismissed").isBoolean());
        for (String instant : List.of("interviewAt", "nextInterviewAt")) {
            if (!t.get(instant).isNull()) {
                // ISO-8601 with the offset the user's zone has at that instant (-04:00 or -05:00 in New York)
                OffsetDateTime at = OffsetDateTime.parse(t.get(instant).asText());
                assertEquals(java.time.ZoneId.of("America/New_York").getRules().getOffset(at.toInstant()), at.getOffset(),
                        instant + " " + t.get(instant));
            }
        }
        for (String date : List.of("deadline")) {
            if (!t.get(date).isNull()) LocalDate.parse(t.get(date).asText());
        }
        for (Iterator<JsonNode> it = t.get("progress").elements(); it.hasNext(); ) {
            JsonNode d = it.next();
            if (!d.isNull()) LocalDate.parse(d.asText());
        }
        LocalDate.parse(t.at("/nextAction/due").asText());
        assertFalse(t.at("/nextAction/reason").asText().isBlank());
    }

    private static JsonNode docsThreadViewExample() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "api.md"));
        Matcher m = Pattern.compile("`ThreadView`.*?```json\\s*(\\{.*?\\})\\s*```", Pattern.DOTALL).matcher(docs);
        assertTrue(m.find(), "docs/api.md has a ThreadView example");
        return JSON.readTree(m.group(1));
    }

    private static Set<String> fields(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    @Test
    void dueTodayCountsWhatIsDueNow() {
        JsonNode l = list();
        long due = threads(l).stream()
                .filter(t -> t.at("/nextAction/dueNow").asBoolean() && !t.at("/nextAction/type").asText().equals("NONE"))
                .count();
        assertTrue(due > 0, "the demo has something due on its day");
        assertEquals(due, l.get("dueToday").asInt());
    }

    @Test
    void mostUrgentFirst() {
        List<JsonNode> ts = threads(list());
        for (int i = 1; i < ts.size(); i++) {
            assertTrue(urgencyKey(ts.get(i - 1)).compareTo(urgencyKey(ts.get(i))) <= 0,
                    "thread " + (i - 1) + " " + urgencyKey(ts.get(i - 1)) + " should not come before " + urgencyKey(ts.get(i)));
        }
        assertTrue(ts.get(0).at("/nextAction/dueNow").asBoolean(), "the first thread is one due now");
        assertEquals("NONE", ts.get(ts.size() - 1).at("/nextAction/type").asText(), "nothing-to-do threads come last");
    }

    /** Something to do before nothing to do; due now before later; then by due date. */
    private static String urgencyKey(JsonNode t) {
        boolean none = t.at("/nextAction/type").asText().equals("NONE");
        boolean dueNow = t.at("/nextAction/dueNow").asBoolean() && t.at("/state/snoozedUntil").isNull();
        return (none ? "1" : "0") + (dueNow ? "0" : "1") + t.at("/nextAction/due").asText();
    }

    @Test
    void oneThreadIsTheSameViewAsInTheList() {
        JsonNode l = list();
        for (JsonNode t : l.get("threads")) {
            JsonNode o = one(t.get("threadId").asText());
            assertEquals(Set.of("interview", "why", "thread"), fields(o));
            assertTrue(o.get("interview").asBoolean());
            assertTrue(o.get("why").isNull());
            assertEquals(t, o.get("thread"));
        }
    }

    @Test
    void aThreadThatIsNotAnInterviewSaysWhy() throws IOException {
        for (String id : notInterviewIds(list())) {
            JsonNode o = one(id);
            assertFalse(o.get("interview").asBoolean(), id);
            assertFalse(o.get("why").asText().isBlank(), id);
            assertTrue(o.get("thread").isNull(), id);
        }
    }

    @Test
    void unknownThreadIs404AndNonHexIdIs400() {
        error(api.get("/api/threads/ffffffffffffffff", token), 404, "not_found");
        error(api.post("/api/threads/ffffffffffffffff/state", token, "{\"dismissed\":true}"), 404, "not_found");
        error(api.post("/api/threads/ffffffffffffffff/draft", token, ""), 404, "not_found");
        for (String bad : List.of("xyz", "18C2F0A1B2C3D4E5", "1a1d1b40b801184a0", "..%2F..%2Fsettings", "1a1d%20b40", "-1")) {
            error(api.get("/api/threads/" + bad, token), 400, "bad_request");
            error(api.post("/api/threads/" + bad + "/state", token, "{\"dismissed\":true}"), 400, "bad_request");
            error(api.post("/api/threads/" + bad + "/draft", token, ""), 400, "bad_request");
        }
    }

    // ---- drafts ----

    @Test
    void draftIsCreatedForTheNextActionAndCanBeOpened() {
        JsonNode l = list();
        String id = dueThread(l);
        JsonNode d = json(api.post("/api/threads/" + id + "/draft", token, ""), 201);
        assertEquals(Set.of("draftId", "messageId", "gmailUrl"), fields(d));
        assertFalse(d.get("draftId").asText().isBlank());
        assertFalse(d.get("messageId").asText().isBlank());
        // In the demo "open the draft" leads to the server's own page showing the draft.
        String url = d.get("gmailUrl").asText();
        assertTrue(url.endsWith("/demo/drafts/" + d.get("draftId").asText()), url);
        HttpResponse<String> page = api.get(url.substring(url.indexOf("/demo/")), null);
        assertEquals(200, page.statusCode());
        String subject = find(l, id).at("/draft/subject").asText();
        assertTrue(page.body().contains(Html.text(subject)), "the draft page shows the draft's subject");
        // A second draft is a new draft, not the same one again.
        JsonNode d2 = json(api.post("/api/threads/" + id + "/draft", token, ""), 201);
        assertNotEquals(d.get("draftId"), d2.get("draftId"));
    }

    @Test
    void draftIs409WhenTheNextStepHasNoMessage() throws IOException {
        JsonNode l = list();
        error(api.post("/api/threads/" + threadWith(l, "SCHEDULED", "NONE") + "/draft", token, ""), 409, "no_draft");
        error(api.post("/api/threads/" + threadWith(l, "AWAITING", "MOVE_ON") + "/draft", token, ""), 409, "no_draft");
        error(api.post("/api/threads/" + notInterviewIds(l).get(0) + "/draft", token, ""), 409, "not_interview");
    }

    // ---- the user's decisions ----

    @Test
    void dismissedThreadsAreLeftOutAndNotDue() {
        JsonNode before = list();
        String id = dueThread(before);
        JsonNode r = state(id, "{\"dismissed\": true}");
        assertTrue(r.get("interview").asBoolean());
        assertTrue(r.at("/thread/state/dismissed").asBoolean());
        JsonNode after = list();
        assertNull(find(after, id), "a dismissed thread is left out of the checklist");
        assertEquals(before.get("threads").size() - 1, after.get("threads").size());
        assertEquals(before.get("dueToday").asInt() - 1, after.get("dueToday").asInt());
        assertTrue(one(id).at("/thread/state/dismissed").asBoolean(), "the thread itself still answers, marked dismissed");

        state(id, "{\"dismissed\": false}");
        assertEquals(before, list());
    }

    private static void assertNull(JsonNode n, String message) {
        assertTrue(n == null, message);
    }

    @Test
    void snoozeDaysHidesTheDueThreadFromTheCountUntilThen() {
        JsonNode before = list();
        String id = dueThread(before);
        JsonNode r = state(id, "{\"snoozeDays\": 2}");
        assertEquals(DEMO_TODAY.plusDays(2).toString(), r.at("/thread/state/snoozedUntil").asText());
        JsonNode after = list();
        JsonNode t = find(after, id);
        assertNotNull(t, "a snoozed thread stays in the checklist");
        assertEquals("2026-11-21", t.at("/state/snoozedUntil").asText());
        assertEquals(before.get("dueToday").asInt() - 1, after.get("dueToday").asInt(), "a snoozed thread is not due");
        assertEquals(before.get("threads").size(), after.get("threads").size());
    }

    @Test
    void snoozedUntilADateAndBack() {
        JsonNode before = list();
        String id = dueThread(before);
        state(id, "{\"snoozedUntil\": \"2026-11-24\"}");
        JsonNode snoozed = list();
        assertEquals("2026-11-24", find(snoozed, id).at("/state/snoozedUntil").asText());
        assertEquals(before.get("dueToday").asInt() - 1, snoozed.get("dueToday").asInt());
        // A snooze that ends today is over: the thread is due again.
        state(id, "{\"snoozedUntil\": \"2026-11-19\"}");
        assertEquals(before, list());
        state(id, "{\"snoozedUntil\": \"2026-11-30\"}");
        state(id, "{\"snoozedUntil\": null}");
        assertEquals(before, list());
    }

    @Test
    void aSnoozedThreadMovesBelowThoseStillDue() {
        JsonNode before = list();
        String first = threads(before).get(0).get("threadId").asText();
        state(first, "{\"snoozeDays\": 3}");
        List<JsonNode> after = threads(list());
        int at = -1;
        for (int i = 0; i < after.size(); i++) if (after.get(i).get("threadId").asText().equals(first)) at = i;
        int stillDue = before.get("dueToday").asInt() - 1;
        assertTrue(at >= stillDue, "the snoozed thread is at " + at + ", above threads still due today");
        assertTrue(after.get(0).at("/nextAction/dueNow").asBoolean());
    }

    @Test
    void notInterviewCorrectionTakesTheThreadOff() {
        JsonNode before = list();
        String id = dueThread(before);
        JsonNode r = state(id, "{\"correction\": \"NOT_INTERVIEW\"}");
        assertFalse(r.get("interview").asBoolean());
        assertTrue(r.get("thread").isNull());
        JsonNode after = list();
        assertNull(find(after, id), "a thread the user says is no interview leaves the checklist");
        assertEquals(before.get("dueToday").asInt() - 1, after.get("dueToday").asInt());
        assertFalse(one(id).get("interview").asBoolean());

        JsonNode undo = state(id, "{\"correction\": null}");
        assertTrue(undo.get("interview").asBoolean());
        assertEquals(before, list());
    }

    @Test
    void isInterviewCorrectionBringsAThreadIn() throws IOException {
        JsonNode before = list();
        String id = notInterviewIds(before).get(0);
        JsonNode r = state(id, "{\"correction\": \"IS_INTERVIEW\"}");
        assertTrue(r.get("interview").asBoolean(), r.toString());
        assertEquals(id, r.at("/thread/threadId").asText());
        JsonNode after = list();
        assertNotNull(find(after, id), "a thread the user says is an interview joins the checklist");
        assertEquals(before.get("threads").size() + 1, after.get("threads").size());
        assertTrue(one(id).get("interview").asBoolean());
    }

    @Test
    void outcomeChangesStageAndNextStep() {
        JsonNode before = list();
        String id = dueThread(before);
        JsonNode was = find(before, id);
        JsonNode offer = state(id, "{\"outcome\": \"OFFER\"}").get("thread");
        assertEquals("OFFER", offer.get("stage").asText());
        assertNotEquals(was.get("nextAction"), offer.get("nextAction"));
        JsonNode rejected = state(id, "{\"outcome\": \"REJECTED\"}").get("thread");
        assertEquals("REJECTED", rejected.get("stage").asText());
        assertEquals("REJECTED", find(list(), id).get("stage").asText());
        JsonNode withdrawn = state(id, "{\"outcome\": \"WITHDRAWN\"}").get("thread");
        assertEquals("WITHDRAWN", withdrawn.get("stage").asText());
        assertEquals("NONE", withdrawn.at("/nextAction/type").asText(), "nothing to send after withdrawing");
        assertTrue(withdrawn.get("draft").isNull());
        assertEquals(before.get("dueToday").asInt() - 1, list().get("dueToday").asInt());

        state(id, "{\"outcome\": null}");
        assertEquals(before, list());
    }

    @Test
    void severalChangesInOneRequest() {
        JsonNode before = list();
        String id = dueThread(before);
        JsonNode r = state(id, "{\"snoozeDays\": 1, \"outcome\": \"OFFER\"}").get("thread");
        assertEquals("2026-11-20", r.at("/state/snoozedUntil").asText());
        assertEquals("OFFER", r.get("stage").asText());
    }

    // ---- settings ----

    @Test
    void settingsReadAndChange() {
        JsonNode s = json(api.get("/api/settings", token), 200);
        assertEquals(Set.of("email", "zone", "country", "preset"), fields(s));
        assertEquals(DemoMailbox.USER, s.get("email").asText());
        assertEquals("America/New_York", s.get("zone").asText());
        assertEquals("US", s.get("country").asText());
        assertEquals("balanced", s.get("preset").asText());

        JsonNode before = list();
        JsonNode put = json(api.put("/api/settings", token, "{\"zone\": \"Europe/London\", \"country\": \"gb\"}"), 200);
        assertEquals("Europe/London", put.get("zone").asText());
        assertEquals("GB", put.get("country").asText());
        assertEquals("balanced", put.get("preset").asText(), "a field left out keeps its value");
        assertEquals(put, json(api.get("/api/settings", token), 200));
        JsonNode london = list();
        assertEquals("Europe/London", london.get("zone").asText());
        assertEquals(OffsetDateTime.parse("2026-11-19T15:00:00Z"), OffsetDateTime.parse(london.get("now").asText()));
        assertTrue(london.get("now").asText().endsWith("Z") || london.get("now").asText().endsWith("+00:00"));

        JsonNode patient = json(api.put("/api/settings", token, "{\"preset\": \"patient\"}"), 200);
        assertEquals("patient", patient.get("preset").asText());
        assertEquals("Europe/London", patient.get("zone").asText());
        JsonNode later = list();
        assertNotEquals(dueDates(before), dueDates(later), "a more patient preset moves follow-ups later");
    }

    private static List<String> dueDates(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("threads").forEach(t -> out.add(t.get("threadId").asText() + "@" + t.at("/nextAction/due").asText()));
        out.sort(null);
        return out;
    }

    @Test
    void unknownZoneCountryOrPresetIs400AndChangesNothing() {
        JsonNode before = json(api.get("/api/settings", token), 200);
        for (String body : List.of("{\"zone\": \"Mars/Olympus_Mons\"}", "{\"zone\": \"+05:00\"}", "{\"zone\": \"\"}",
                "{\"country\": \"XX\"}", "{\"country\": \"USA\"}", "{\"preset\": \"reckless\"}",
                "{\"zone\": \"Europe/Paris\", \"preset\": \"reckless\"}")) {
            error(api.put("/api/settings", token, body), 400, "bad_request");
            assertEquals(before, json(api.get("/api/settings", token), 200), "after " + body);
        }
    }

    // ---- sign-in and sign-out ----

    @Test
    void signInRedirectCarriesTokenAndExpiry() {
        var r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/auth/start?redirect_uri=" + ApiServer.REDIRECT)).GET());
        String location = r.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("#token=([A-Za-z0-9_-]{43})&expires=(.+)$").matcher(location);
        assertTrue(m.find(), location);
        assertTrue(java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8).startsWith("2"), location);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void signInRefusesAnotherRedirect() {
        for (String target : List.of("https://evil.example/cb", "http://" + ApiServer.EXTENSION_ID + ".chromiumapp.org/cb",
                "https://" + ApiServer.EXTENSION_ID + ".chromiumapp.org.evil.example/cb", "javascript:alert(1)")) {
            var r = api.get("/auth/start?redirect_uri=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8), null);
            error(r, 400, "bad_redirect");
            assertTrue(r.headers().firstValue("Location").isEmpty(), target);
        }
    }

    @Test
    void logoutRevokesTheToken() {
        String other = api.signIn();
        assertEquals(204, api.post("/api/logout", token, "").statusCode());
        error(api.get("/api/threads", token), 401, "unauthorized");
        error(api.get("/api/settings", token), 401, "unauthorized");
        error(api.post("/api/logout", token, ""), 401, "unauthorized");
        // Signing out one browser leaves the user's other sessions alone.
        json(api.get("/api/threads", other), 200);
    }
}
