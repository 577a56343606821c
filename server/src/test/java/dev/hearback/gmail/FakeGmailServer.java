package dev.hearback.gmail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearback.mail.MboxSplitter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A local stand-in for Gmail's REST API and Google's OAuth token endpoint, for the real Google
 * client to talk to. Javalin on 127.0.0.1, a random port.
 *
 * <p>It speaks the endpoints Hearback uses, in the shapes the Gmail API reference documents:
 * users.getProfile, users.threads.list / get (payload trees: partId, mimeType, filename, headers,
 * body.size / body.data in base64url / body.attachmentId, parts), users.history.list
 * (messagesAdded, messagesDeleted, labelsAdded, labelsRemoved; 404 for an expired startHistoryId),
 * users.messages.attachments.get, users.drafts.create, and {@code POST /token} (refresh-token grant;
 * {@code invalid_grant} when revoked). Errors use Google's JSON error shape. The send endpoints exist
 * only to be counted: Hearback must never call them.
 *
 * <p>The mailbox is built from real RFC 5322 messages (mbox files): each is parsed with mime4j and
 * turned into Gmail's payload JSON here, so the client parses what Gmail would give it. Takeout's
 * {@code X-GM-THRID} / {@code X-Gmail-Labels} become threadId / labelIds (and are removed from the
 * headers, as Gmail has no such headers); ids are written in hex as the API writes them.
 *
 * <p>It also stands in for what a Gmail add-on's request gets: a user OAuth token that Gmail accepts
 * only together with the event's per-message Gmail access token in {@code X-Goog-Gmail-Access-Token}
 * (and, as the {@code gmail.addons.current.message.readonly} scope does, only for the open thread),
 * and Google's token info endpoint ({@code GET /tokeninfo?access_token=}) that names its user.
 *
 * <p>Every request is recorded (method, path, query, bearer token, Gmail access token header,
 * status) for the tests to count. Public for the server's end-to-end tests.
 */
public final class FakeGmailServer implements AutoCloseable {
    public static final String CLIENT_ID = "fake-client.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "fake-secret";
    public static final String ME = "sam.rivera@gmail.com";
    public static final String ADDON_HEADER = "X-Goog-Gmail-Access-Token";

    public record Request(String method, String path, String query, String bearer, String gmailAccessToken, int status) {
        public boolean is(String m, String pathRegex) {
            return method.equals(m) && path.matches(pathRegex);
        }
    }

    /**
     * The tokens of one add-on event: the user's OAuth token, the Gmail access token for the open
     * message, the Google account behind them ({@code sub}, and {@code email} or null when token info
     * does not tell it), and the one thread they reach.
     */
    public record AddOnTokens(String userOAuthToken, String gmailAccessToken, String sub, String email, String threadId) {}

    record Fault(String method, Pattern path, int status, String reason, Map<String, String> headers) {}

    static final class FakeMessage {
        String id;
        String threadId;
        List<String> labels;
        long internalDate;
        long historyId;
        ObjectNode payload;
        String snippet = "";
        int size;
        byte[] raw;
        final Map<String, byte[]> attachments = new HashMap<>();
        String messageIdHeader;
        String subject;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TAKEOUT_TO_API = Map.ofEntries(
            Map.entry("inbox", "INBOX"), Map.entry("sent", "SENT"), Map.entry("important", "IMPORTANT"),
            Map.entry("unread", "UNREAD"), Map.entry("starred", "STARRED"), Map.entry("drafts", "DRAFT"),
            Map.entry("spam", "SPAM"), Map.entry("trash", "TRASH"),
            Map.entry("category primary", "CATEGORY_PERSONAL"), Map.entry("category promotions", "CATEGORY_PROMOTIONS"),
            Map.entry("category social", "CATEGORY_SOCIAL"), Map.entry("category updates", "CATEGORY_UPDATES"),
            Map.entry("category forums", "CATEGORY_FORUMS"));
    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*((re|fw|fwd|aw|sv)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    private final Javalin app;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, FakeMessage> messages = new LinkedHashMap<>();
    private final List<ObjectNode> history = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Set<String> refreshTokens = new HashSet<>();
    private final Set<String> accessTokens = new HashSet<>();
    private final Map<String, String> drafts = new LinkedHashMap<>();
    private final Map<String, AddOnTokens> addOnTokens = new HashMap<>();
    private final Map<String, String> draftMessages = new HashMap<>();
    private long historyCounter = 1000;
    private long oldestHistory = 0;
    private int tokenCounter;
    private int idCounter;
    /** Attachments and bodies larger than this are given by attachmentId only, as Gmail does. */
    private int inlineLimit = 64 * 1024;

    public FakeGmailServer() {
        app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.disableCompression();
        });
        app.after(ctx -> record(ctx));
        app.post("/token", this::token);
        app.get("/tokeninfo", this::tokenInfo);
        app.get("/gmail/v1/users/{user}/profile", ctx -> gmail(ctx, this::profile));
        app.get("/gmail/v1/users/{user}/threads", ctx -> gmail(ctx, this::listThreads));
        app.get("/gmail/v1/users/{user}/threads/{id}", ctx -> gmail(ctx, this::getThread));
        app.get("/gmail/v1/users/{user}/history", ctx -> gmail(ctx, this::listHistory));
        app.get("/gmail/v1/users/{user}/messages/{mid}/attachments/{aid}", ctx -> gmail(ctx, this::attachment));
        app.post("/gmail/v1/users/{user}/drafts", ctx -> gmail(ctx, this::createDraft));
        // Never to be called by Hearback; here so that a call would be seen and counted.
        app.post("/gmail/v1/users/{user}/messages/send", ctx -> error(ctx, 403, "forbidden", "send is not allowed"));
        app.post("/gmail/v1/users/{user}/drafts/send", ctx -> error(ctx, 403, "forbidden", "send is not allowed"));
        app.post("/upload/gmail/v1/users/{user}/messages/send", ctx -> error(ctx, 403, "forbidden", "send is not allowed"));
        app.start("127.0.0.1", 0);
    }

    public String rootUrl() {
        return "http://127.0.0.1:" + app.port() + "/";
    }

    public URI tokenUri() {
        return URI.create("http://127.0.0.1:" + app.port() + "/token");
    }

    /** Google's token info endpoint, as the add-on's user lookup calls it. */
    public String tokenInfoUrl() {
        return "http://127.0.0.1:" + app.port() + "/tokeninfo";
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---------------------------------------------------------------- mailbox set-up

    /** Loads every message of an mbox (Takeout style: X-GM-THRID, X-Gmail-Labels). */
    public synchronized FakeGmailServer loadMbox(InputStream in) throws IOException {
        MboxSplitter splitter = new MboxSplitter(in);
        MboxSplitter.Entry e;
        while ((e = splitter.next()) != null) {
            addMessage(e.content().readAllBytes(), e.separatorDate(), null, null);
        }
        return this;
    }

    /**
     * Adds one RFC 5322 message. Thread and labels come from its X-GM-THRID / X-Gmail-Labels
     * headers unless given. A history record (messageAdded) is written, as Gmail does.
     */
    synchronized FakeMessage addMessage(byte[] raw, Instant received, String threadIdHex, List<String> labelIds) throws IOException {
        FakeMessage m = convert(raw, received, threadIdHex, labelIds);
        messages.put(m.id, m);
        m.historyId = record("messagesAdded", m, null);
        return m;
    }

    /** Changes a message's labels, writing labelAdded / labelRemoved records. */
    synchronized void modifyLabels(String messageId, List<String> add, List<String> remove) {
        FakeMessage m = messages.get(messageId);
        List<String> added = new ArrayList<>();
        for (String l : add) if (!m.labels.contains(l)) { m.labels.add(l); added.add(l); }
        List<String> removed = new ArrayList<>();
        for (String l : remove) if (m.labels.remove(l)) removed.add(l);
        if (!added.isEmpty()) m.historyId = record("labelsAdded", m, added);
        if (!removed.isEmpty()) m.historyId = record("labelsRemoved", m, removed);
    }

    /** Gmail keeps history for a limited time: older startHistoryIds get 404. */
    synchronized void expireHistory() {
        oldestHistory = historyCounter;
        history.clear();
    }

    synchronized long historyId() {
        return historyCounter;
    }

    synchronized FakeMessage message(String id) {
        return messages.get(id);
    }

    synchronized List<String> threadIds() {
        return threads().keySet().stream().toList();
    }

    /** The Gmail message ids of a thread, oldest first. */
    synchronized List<String> threadIdsAndMessages(String threadId) {
        return threads().getOrDefault(threadId, List.of()).stream().map(m -> m.id).toList();
    }

    public synchronized String draftRaw(String draftId) {
        return drafts.get(draftId);
    }

    /** The thread Gmail put a draft in (a new thread when its headers did not match the requested one). */
    public synchronized String draftThreadId(String draftId) {
        String mid = draftMessages.get(draftId);
        return mid == null ? null : messages.get(mid).threadId;
    }

    /** A thread's id by the Message-ID of one of its messages. */
    public synchronized String threadOf(String messageIdHeader) {
        return messages.values().stream().filter(m -> messageIdHeader.equals(m.messageIdHeader)).map(m -> m.threadId).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- OAuth

    public synchronized String newRefreshToken() {
        String t = "1//fake-refresh-" + (++tokenCounter);
        refreshTokens.add(t);
        return t;
    }

    synchronized String newAccessToken() {
        String t = "ya29.fake-access-" + (++tokenCounter);
        accessTokens.add(t);
        return t;
    }

    /**
     * The tokens Google puts in an add-on event for the open thread {@code threadIdHex}, for the
     * Google account {@code sub} (token info tells {@code email} too unless it is null).
     */
    public synchronized AddOnTokens newAddOnTokens(String sub, String email, String threadIdHex) {
        int n = ++tokenCounter;
        AddOnTokens t = new AddOnTokens("ya29.fake-addon-user-" + n, "fake-gmail-message-token-" + n, sub, email, threadIdHex);
        addOnTokens.put(t.userOAuthToken(), t);
        return t;
    }

    synchronized void revoke(String refreshToken) {
        refreshTokens.remove(refreshToken);
    }

    /** The user removed the app at myaccount.google.com/permissions: every grant is gone. */
    public synchronized void revokeAllGrants() {
        refreshTokens.clear();
        accessTokens.clear();
    }

    /** Every access token issued so far stops working (they expired). */
    public synchronized void expireAccessTokens() {
        accessTokens.clear();
    }

    // ---------------------------------------------------------------- faults and recording

    /** The next {@code times} requests matching method and path answer {@code status} instead. */
    synchronized void fail(String method, String pathRegex, int status, String reason, Map<String, String> headers, int times) {
        for (int i = 0; i < times; i++) faults.add(new Fault(method, Pattern.compile(pathRegex), status, reason, headers));
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized void clearRequests() {
        requests.clear();
    }

    public synchronized long count(String method, String pathRegex) {
        return requests.stream().filter(r -> r.is(method, pathRegex)).count();
    }

    public synchronized long gmailRequests() {
        return requests.stream().filter(r -> r.path().startsWith("/gmail/")).count();
    }

    private synchronized void record(Context ctx) {
        String auth = ctx.header("Authorization");
        String bearer = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        requests.add(new Request(ctx.method().name(), ctx.path(), ctx.queryString(), bearer, ctx.header(ADDON_HEADER), ctx.statusCode()));
    }

    // ---------------------------------------------------------------- endpoints

    private interface Handler {
        void handle(Context ctx) throws Exception;
    }

    private void gmail(Context ctx, Handler h) throws Exception {
        synchronized (this) {
            String auth = ctx.header("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
            AddOnTokens addOn = token == null ? null : addOnTokens.get(token);
            if (addOn != null) {
                // The add-on scopes reach the open message only with its Gmail access token, and only its thread.
                if (!addOn.gmailAccessToken().equals(ctx.header(ADDON_HEADER))) {
                    error(ctx, 403, "insufficientPermissions", "Request had insufficient authentication scopes.");
                    return;
                }
                boolean thread = ctx.method().name().equals("GET") && ctx.path().endsWith("/threads/" + addOn.threadId());
                boolean draft = ctx.method().name().equals("POST") && ctx.path().endsWith("/drafts");
                if (!thread && !draft) {
                    error(ctx, 403, "insufficientPermissions", "Request had insufficient authentication scopes.");
                    return;
                }
            } else if (token == null || !accessTokens.contains(token)) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
                error(ctx, 401, "authError", "Request had invalid authentication credentials. Expected OAuth 2 access token,"
                        + " login cookie or other valid authentication credential.");
                return;
            }
            if (!"me".equals(ctx.pathParam("user")) && !ME.equals(ctx.pathParam("user"))) {
                error(ctx, 403, "forbidden", "Delegation denied for " + ME);
                return;
            }
            for (var it = faults.iterator(); it.hasNext(); ) {
                Fault f = it.next();
                if (f.method.equals(ctx.method().name()) && f.path.matcher(ctx.path()).matches()) {
                    it.remove();
                    f.headers.forEach(ctx::header);
                    error(ctx, f.status, f.reason, "injected " + f.status);
                    return;
                }
            }
            h.handle(ctx);
        }
    }

    /** What Google's consent screen hands back: a one-time code bound to the PKCE challenge and redirect. */
    private record PendingCode(String challenge, String redirectUri, String subject, String email) {}

    private final Map<String, PendingCode> codes = new HashMap<>();

    /**
     * Plays the user consenting on Google's page: returns the authorization code Google would put on
     * the redirect to {@code redirectUri}, for the account {@code subject}/{@code email}.
     */
    public synchronized String consent(String codeChallenge, String redirectUri, String subject, String email) {
        String code = "4/fake-code-" + (++tokenCounter);
        codes.put(code, new PendingCode(codeChallenge, redirectUri, subject, email));
        return code;
    }

    /** RFC 6749 4.1.3 with RFC 7636: the code once, for the same redirect, with the verifier of the challenge. */
    private void authorizationCode(Context ctx) throws Exception {
        PendingCode c = codes.remove(String.valueOf(ctx.formParam("code")));
        String verifier = ctx.formParam("code_verifier");
        if (c == null || !c.redirectUri().equals(ctx.formParam("redirect_uri"))) {
            oauthError(ctx, 400, "invalid_grant", "Malformed auth code.");
            return;
        }
        byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(String.valueOf(verifier).getBytes(StandardCharsets.US_ASCII));
        if (verifier == null || !java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(d).equals(c.challenge())) {
            oauthError(ctx, 400, "invalid_grant", "Invalid code verifier.");
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        ObjectNode claims = JSON.createObjectNode().put("iss", "https://accounts.google.com").put("aud", CLIENT_ID)
                .put("azp", CLIENT_ID).put("sub", c.subject()).put("email", c.email()).put("email_verified", true)
                .put("iat", now).put("exp", now + 3600);
        var b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String idToken = b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"fake\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(JSON.writeValueAsBytes(claims)) + "." + b64.encodeToString("not-checked".getBytes(StandardCharsets.UTF_8));
        json(ctx, 200, JSON.createObjectNode().put("access_token", newAccessToken()).put("expires_in", 3599)
                .put("refresh_token", newRefreshToken()).put("id_token", idToken).put("token_type", "Bearer")
                .put("scope", "openid https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.compose https://www.googleapis.com/auth/userinfo.email"));
    }

    private void token(Context ctx) throws Exception {
        synchronized (this) {
            if ("authorization_code".equals(ctx.formParam("grant_type"))
                    && CLIENT_ID.equals(ctx.formParam("client_id")) && CLIENT_SECRET.equals(ctx.formParam("client_secret"))) {
                authorizationCode(ctx);
            } else if (!"refresh_token".equals(ctx.formParam("grant_type"))) {
                oauthError(ctx, 400, "unsupported_grant_type", "Invalid grant_type: " + ctx.formParam("grant_type"));
            } else if (!CLIENT_ID.equals(ctx.formParam("client_id")) || !CLIENT_SECRET.equals(ctx.formParam("client_secret"))) {
                oauthError(ctx, 401, "invalid_client", "The OAuth client was not found.");
            } else if (!refreshTokens.contains(ctx.formParam("refresh_token"))) {
                oauthError(ctx, 400, "invalid_grant", "Token has been expired or revoked.");
            } else {
                ObjectNode r = JSON.createObjectNode()
                        .put("access_token", newAccessToken())
                        .put("expires_in", 3599)
                        .put("scope", "https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.compose openid")
                        .put("token_type", "Bearer");
                json(ctx, 200, r);
            }
        }
    }

    /** Google's token info for an access token: who it belongs to (sub, and email when its scopes allow). */
    private void tokenInfo(Context ctx) {
        synchronized (this) {
            AddOnTokens t = addOnTokens.get(ctx.queryParam("access_token"));
            if (t == null) {
                json(ctx, 400, JSON.createObjectNode().put("error", "invalid_token").put("error_description", "Invalid Value"));
                return;
            }
            ObjectNode r = JSON.createObjectNode()
                    .put("azp", "fake-addon.apps.googleusercontent.com")
                    .put("aud", "fake-addon.apps.googleusercontent.com")
                    .put("sub", t.sub())
                    .put("scope", "https://www.googleapis.com/auth/gmail.addons.execute"
                            + " https://www.googleapis.com/auth/gmail.addons.current.message.readonly"
                            + " https://www.googleapis.com/auth/gmail.addons.current.action.compose")
                    .put("exp", Long.toString(Instant.now().getEpochSecond() + 3000))
                    .put("expires_in", "3000")
                    .put("access_type", "online");
            if (t.email() != null) r.put("email", t.email()).put("email_verified", "true");
            json(ctx, 200, r);
        }
    }

    private void profile(Context ctx) {
        json(ctx, 200, JSON.createObjectNode()
                .put("emailAddress", ME)
                .put("messagesTotal", messages.size())
                .put("threadsTotal", threads().size())
                .put("historyId", Long.toString(historyCounter)));
    }

    private void listThreads(Context ctx) {
        String q = ctx.queryParam("q");
        int max = ctx.queryParam("maxResults") == null ? 100 : Math.min(500, Integer.parseInt(ctx.queryParam("maxResults")));
        int offset = ctx.queryParam("pageToken") == null ? 0 : Integer.parseInt(ctx.queryParam("pageToken"));
        List<Map.Entry<String, List<FakeMessage>>> matching = new ArrayList<>();
        for (var e : threads().entrySet()) if (matches(e.getValue(), q)) matching.add(e);
        // Newest first, as Gmail lists.
        matching.sort(Comparator.comparingLong((Map.Entry<String, List<FakeMessage>> e) ->
                e.getValue().stream().mapToLong(m -> m.internalDate).max().orElse(0)).reversed());
        ObjectNode r = JSON.createObjectNode();
        ArrayNode arr = r.putArray("threads");
        for (int i = offset; i < Math.min(matching.size(), offset + max); i++) {
            var e = matching.get(i);
            arr.addObject()
                    .put("id", e.getKey())
                    .put("snippet", e.getValue().get(e.getValue().size() - 1).snippet)
                    .put("historyId", Long.toString(threadHistoryId(e.getValue())));
        }
        if (arr.isEmpty()) r.remove("threads");
        if (offset + max < matching.size()) r.put("nextPageToken", Integer.toString(offset + max));
        r.put("resultSizeEstimate", matching.size());
        json(ctx, 200, r);
    }

    /**
     * Not Gmail's search engine: the tests do not claim to test Gmail's query semantics. It honours
     * the query's {@code -category:promotions -category:social} (a thread matches when one of its
     * messages is outside those tabs), and never lists drafts-only, spam or trash threads.
     */
    private static boolean matches(List<FakeMessage> thread, String q) {
        for (FakeMessage m : thread) {
            if (m.labels.contains("DRAFT") || m.labels.contains("SPAM") || m.labels.contains("TRASH")) continue;
            if (q != null && q.contains("-category:promotions") && m.labels.contains("CATEGORY_PROMOTIONS")) continue;
            if (q != null && q.contains("-category:social") && m.labels.contains("CATEGORY_SOCIAL")) continue;
            return true;
        }
        return false;
    }

    private void getThread(Context ctx) {
        List<FakeMessage> thread = threads().get(ctx.pathParam("id"));
        if (thread == null) {
            error(ctx, 404, "notFound", "Requested entity was not found.");
            return;
        }
        String format = ctx.queryParam("format") == null ? "full" : ctx.queryParam("format");
        ObjectNode r = JSON.createObjectNode().put("id", ctx.pathParam("id")).put("historyId", Long.toString(threadHistoryId(thread)));
        ArrayNode arr = r.putArray("messages");
        for (FakeMessage m : thread) {
            ObjectNode o = arr.addObject()
                    .put("id", m.id)
                    .put("threadId", m.threadId);
            ArrayNode labels = o.putArray("labelIds");
            m.labels.forEach(labels::add);
            o.put("snippet", m.snippet)
                    .put("historyId", Long.toString(m.historyId))
                    .put("internalDate", Long.toString(m.internalDate))
                    .put("sizeEstimate", m.size);
            if (format.equals("full")) o.set("payload", m.payload.deepCopy());
        }
        json(ctx, 200, r);
    }

    private void listHistory(Context ctx) {
        String start = ctx.queryParam("startHistoryId");
        if (start == null) {
            error(ctx, 400, "invalidArgument", "Missing required parameter: startHistoryId");
            return;
        }
        long from = Long.parseLong(start);
        if (from < oldestHistory) {
            error(ctx, 404, "notFound", "Requested entity was not found.");
            return;
        }
        Set<String> types = new HashSet<>(ctx.queryParams("historyTypes"));
        int max = ctx.queryParam("maxResults") == null ? 100 : Math.min(500, Integer.parseInt(ctx.queryParam("maxResults")));
        int offset = ctx.queryParam("pageToken") == null ? 0 : Integer.parseInt(ctx.queryParam("pageToken"));
        List<ObjectNode> after = new ArrayList<>();
        for (ObjectNode h : history) {
            if (h.get("id").asLong() <= from) continue;
            // historyTypes=messageAdded selects records with messagesAdded, labelAdded with labelsAdded, ...
            if (!types.isEmpty() && types.stream().noneMatch(t -> h.has(t.replaceFirst("^(message|label)", "$1s")))) continue;
            after.add(h);
        }
        ObjectNode r = JSON.createObjectNode();
        if (offset < after.size()) {
            ArrayNode arr = r.putArray("history");
            for (int i = offset; i < Math.min(after.size(), offset + max); i++) arr.add(after.get(i).deepCopy());
        }
        if (offset + max < after.size()) r.put("nextPageToken", Integer.toString(offset + max));
        r.put("historyId", Long.toString(historyCounter));
        json(ctx, 200, r);
    }

    private void attachment(Context ctx) {
        FakeMessage m = messages.get(ctx.pathParam("mid"));
        byte[] data = m == null ? null : m.attachments.get(ctx.pathParam("aid"));
        if (data == null) {
            error(ctx, 404, "notFound", "Requested entity was not found.");
            return;
        }
        json(ctx, 200, JSON.createObjectNode().put("size", data.length).put("data", b64url(data)));
    }

    /** users.drafts.create: {"message": {"raw": base64url RFC 5322, "threadId": ...}}. */
    private void createDraft(Context ctx) throws IOException {
        // The Google client gzips request bodies (Content-Encoding: gzip), as Gmail accepts.
        byte[] content = ctx.bodyAsBytes();
        if ("gzip".equalsIgnoreCase(ctx.header("Content-Encoding"))) {
            try (InputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(content))) {
                content = in.readAllBytes();
            }
        }
        JsonNode body = JSON.readTree(content);
        JsonNode message = body.path("message");
        if (!message.hasNonNull("raw")) {
            error(ctx, 400, "invalidArgument", "Missing draft message");
            return;
        }
        byte[] raw = Base64.getUrlDecoder().decode(message.get("raw").asText().trim());
        String requestedThread = message.path("threadId").asText(null);
        FakeMessage m = convert(raw, Instant.now(), null, List.of("DRAFT"));
        // Gmail's threading rule for drafts: the requested threadId is kept only when References /
        // In-Reply-To name a message of that thread and the subject matches; else a new thread.
        List<FakeMessage> thread = requestedThread == null ? null : threads().get(requestedThread);
        boolean threaded = false;
        if (thread != null) {
            org.apache.james.mime4j.dom.Message parsed = parse(raw);
            String refs = headerValue(parsed, "References") + " " + headerValue(parsed, "In-Reply-To");
            boolean refOk = thread.stream().anyMatch(t -> t.messageIdHeader != null && refs.contains("<" + t.messageIdHeader + ">"));
            boolean subjectOk = normalise(m.subject).equals(normalise(thread.get(0).subject));
            threaded = refOk && subjectOk;
        }
        m.threadId = threaded ? requestedThread : m.id;
        messages.put(m.id, m);
        m.historyId = record("messagesAdded", m, null);
        String draftId = "r-" + (8000000000000000000L + (++idCounter));
        drafts.put(draftId, new String(raw, StandardCharsets.UTF_8));
        draftMessages.put(draftId, m.id);
        ObjectNode r = JSON.createObjectNode().put("id", draftId);
        ObjectNode msg = r.putObject("message").put("id", m.id).put("threadId", m.threadId);
        msg.putArray("labelIds").add("DRAFT");
        json(ctx, 200, r);
    }

    // ---------------------------------------------------------------- model helpers

    private Map<String, List<FakeMessage>> threads() {
        Map<String, List<FakeMessage>> t = new LinkedHashMap<>();
        for (FakeMessage m : messages.values()) t.computeIfAbsent(m.threadId, k -> new ArrayList<>()).add(m);
        t.values().forEach(l -> l.sort(Comparator.comparingLong(m -> m.internalDate)));
        return t;
    }

    private static long threadHistoryId(List<FakeMessage> thread) {
        return thread.stream().mapToLong(m -> m.historyId).max().orElse(0);
    }

    private long record(String kind, FakeMessage m, List<String> labelIds) {
        long id = ++historyCounter;
        ObjectNode h = JSON.createObjectNode().put("id", Long.toString(id));
        h.putArray("messages").addObject().put("id", m.id).put("threadId", m.threadId);
        ObjectNode entry = h.putArray(kind).addObject();
        ObjectNode msg = entry.putObject("message").put("id", m.id).put("threadId", m.threadId);
        ArrayNode ml = msg.putArray("labelIds");
        m.labels.forEach(ml::add);
        if (labelIds != null) {
            ArrayNode l = entry.putArray("labelIds");
            labelIds.forEach(l::add);
        }
        history.add(h);
        return id;
    }

    private FakeMessage convert(byte[] raw, Instant received, String threadIdHex, List<String> labelIds) throws IOException {
        org.apache.james.mime4j.dom.Message parsed = parse(raw);
        FakeMessage m = new FakeMessage();
        m.raw = raw;
        m.size = raw.length;
        String thrid = headerValue(parsed, "X-GM-THRID").strip();
        m.id = Long.toHexString(0x18a0000000000000L + (++idCounter) * 0x1000L + (raw.length & 0xfff));
        m.threadId = threadIdHex != null ? threadIdHex : thrid.isEmpty() ? m.id : Long.toHexString(Long.parseUnsignedLong(thrid));
        if (labelIds != null) {
            m.labels = new ArrayList<>(labelIds);
        } else {
            m.labels = new ArrayList<>();
            for (String l : headerValue(parsed, "X-Gmail-Labels").split(",")) {
                String id = TAKEOUT_TO_API.get(l.strip().toLowerCase(Locale.ROOT));
                if (id != null && !m.labels.contains(id)) m.labels.add(id);
            }
        }
        m.internalDate = (received == null ? Instant.now() : received).toEpochMilli();
        m.messageIdHeader = headerValue(parsed, "Message-ID").replaceAll("[<>\\s]", "");
        if (m.messageIdHeader.isEmpty()) m.messageIdHeader = null;
        m.subject = org.apache.james.mime4j.codec.DecoderUtil.decodeEncodedWords(headerValue(parsed, "Subject"),
                org.apache.james.mime4j.codec.DecodeMonitor.SILENT);
        int[] counter = {0};
        m.payload = part(parsed, "", m, counter, true);
        return m;
    }

    /** One MessagePart: partId, mimeType, filename, headers, body {size, data | attachmentId}, parts. */
    private ObjectNode part(Entity e, String partId, FakeMessage m, int[] counter, boolean top) throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("partId", partId);
        String mime = e.getMimeType() == null ? "text/plain" : e.getMimeType().toLowerCase(Locale.ROOT);
        p.put("mimeType", mime);
        String filename = e.getFilename();
        if (filename == null && e.getHeader().getField("Content-Type") instanceof ContentTypeField ct) filename = ct.getParameter("name");
        p.put("filename", filename == null ? "" : filename);
        ArrayNode headers = p.putArray("headers");
        for (Field f : e.getHeader().getFields()) {
            if (top && (f.getName().equalsIgnoreCase("X-GM-THRID") || f.getName().equalsIgnoreCase("X-Gmail-Labels"))) continue;
            headers.addObject().put("name", f.getName()).put("value", unfold(f.getBody()));
        }
        Body body = e.getBody();
        ObjectNode b = p.putObject("body");
        if (body instanceof Multipart mp) {
            b.put("size", 0);
            ArrayNode parts = p.putArray("parts");
            int i = 0;
            for (Entity child : mp.getBodyParts()) parts.add(part(child, (partId.isEmpty() ? "" : partId + ".") + (i++), m, counter, false));
        } else if (body instanceof org.apache.james.mime4j.dom.Message inner) {
            b.put("size", 0);
            p.putArray("parts").add(part(inner, (partId.isEmpty() ? "" : partId + ".") + "0", m, counter, false));
        } else if (body instanceof SingleBody sb) {
            byte[] bytes;
            try (InputStream in = sb.getInputStream()) {
                bytes = in.readAllBytes();
            }
            b.put("size", bytes.length);
            if (!p.get("filename").asText().isEmpty() || bytes.length > inlineLimit) {
                String aid = "ANGjdJ_" + m.id + "_" + (++counter[0]) + "_" + Integer.toHexString(bytes.length);
                m.attachments.put(aid, bytes);
                b.put("attachmentId", aid);
            } else {
                b.put("data", b64url(bytes));
                if (m.snippet.isEmpty() && mime.equals("text/plain")) {
                    String s = new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
                    m.snippet = s.length() > 100 ? s.substring(0, 100) : s;
                }
            }
        }
        return p;
    }

    private static org.apache.james.mime4j.dom.Message parse(byte[] raw) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).build());
        builder.setContentDecoding(true);
        return builder.parseMessage(new ByteArrayInputStream(raw));
    }

    private static String headerValue(org.apache.james.mime4j.dom.Message m, String name) {
        Field f = m.getHeader().getField(name);
        return f == null ? "" : unfold(f.getBody());
    }

    private static String unfold(String v) {
        return v == null ? "" : v.replaceAll("\\r?\\n(?=[ \\t])", "");
    }

    private static String normalise(String subject) {
        return REPLY_PREFIX.matcher(subject == null ? "" : subject).replaceFirst("").strip().toLowerCase(Locale.ROOT);
    }

    static String b64url(byte[] bytes) {
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    private static void json(Context ctx, int status, JsonNode node) {
        ctx.status(status).contentType("application/json; charset=UTF-8").result(node.toString());
    }

    /** Google's JSON error shape. */
    private static void error(Context ctx, int status, String reason, String message) {
        ObjectNode r = JSON.createObjectNode();
        ObjectNode e = r.putObject("error").put("code", status).put("message", message);
        e.putArray("errors").addObject().put("message", message).put("domain", "global").put("reason", reason);
        e.put("status", switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            default -> "INTERNAL";
        });
        json(ctx, status, r);
    }

    private static void oauthError(Context ctx, int status, String error, String description) {
        json(ctx, status, JSON.createObjectNode().put("error", error).put("error_description", description));
    }
}
