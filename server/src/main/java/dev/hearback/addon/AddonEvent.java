package dev.hearback.addon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Hearback needs from the event object Google POSTs to an add-on endpoint (HTTP runtime):
 *
 * <pre>{@code
 * {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "en-US",
 *                        "timeZone": {"id": "America/New_York", "offset": -18000000},
 *                        "parameters": {"threadId": "..."}, "invokedFunction": "https://.../addon/draft"},
 *  "authorizationEventObject": {"userOAuthToken": "ya29...", "userIdToken": "...", "systemIdToken": "..."},
 *  "gmail": {"messageId": "msg-f:...", "threadId": "thread-f:...", "accessToken": "..."}}
 * }</pre>
 *
 * <p>{@code userLocale} and {@code timeZone} arrive only when the deployment asks for the
 * {@code script.locale} scope; {@code userIdToken} only with {@code userinfo.email}. Hearback asks for
 * neither, so both are optional here. The Gmail access token is read from {@code gmail.accessToken},
 * or else from the {@code X-Goog-Gmail-Access-Token} header.
 *
 * <p>{@link #toString()} never prints a token.
 */
public record AddonEvent(
        String hostApp,
        String platform,
        String userLocale,
        ZoneId timeZone,
        Map<String, String> parameters,
        String invokedFunction,
        String userOAuthToken,
        String userIdToken,
        String systemIdToken,
        List<String> authorizedScopes,
        String messageId,
        String threadId,
        String gmailAccessToken) {

    /** Largest event body read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;
    private static final int MAX_PARAMETERS = 32;
    private static final int MAX_PARAMETER_CHARS = 2048;
    private static final int MAX_TOKEN_CHARS = 16384;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64).maxStringLength(MAX_BYTES).maxNumberLength(64).build())
                    .build())
            .build();

    public AddonEvent {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        authorizedScopes = authorizedScopes == null ? List.of() : List.copyOf(authorizedScopes);
    }

    /** Reads an event body; {@code gmailAccessTokenHeader} is the {@code X-Goog-Gmail-Access-Token} header or null. */
    public static AddonEvent parse(byte[] body, String gmailAccessTokenHeader) throws AddonRequestException {
        if (body == null || body.length == 0) throw new AddonRequestException(400, "empty add-on event");
        if (body.length > MAX_BYTES) throw new AddonRequestException(413, "add-on event larger than " + MAX_BYTES + " bytes");
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AddonRequestException(400, "add-on event is not JSON");
        } catch (java.io.IOException e) {
            throw new AddonRequestException(400, "add-on event could not be read");
        }
        return fromTree(root, gmailAccessTokenHeader);
    }

    /** Reads an event body given as text. */
    public static AddonEvent parse(String body, String gmailAccessTokenHeader) throws AddonRequestException {
        return parse(body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), gmailAccessTokenHeader);
    }

    static AddonEvent fromTree(JsonNode root, String gmailAccessTokenHeader) throws AddonRequestException {
        if (root == null || !root.isObject()) throw new AddonRequestException(400, "add-on event is not a JSON object");
        JsonNode common = root.path("commonEventObject");
        JsonNode auth = root.path("authorizationEventObject");
        JsonNode gmail = root.path("gmail");

        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = common.path("parameters");
        if (p.isObject()) {
            var it = p.fields();
            while (it.hasNext() && params.size() < MAX_PARAMETERS) {
                var e = it.next();
                if (e.getValue().isTextual() && e.getKey().length() <= 64
                        && e.getValue().textValue().length() <= MAX_PARAMETER_CHARS) {
                    params.put(e.getKey(), e.getValue().textValue());
                }
            }
        }
        List<String> scopes = new ArrayList<>();
        JsonNode sc = auth.path("authorizedScopes");
        if (sc.isArray()) {
            for (JsonNode s : sc) if (s.isTextual() && scopes.size() < 64) scopes.add(s.textValue());
        }
        String gmailToken = token(gmail.path("accessToken"));
        if (gmailToken == null && gmailAccessTokenHeader != null && !gmailAccessTokenHeader.isBlank()
                && gmailAccessTokenHeader.length() <= MAX_TOKEN_CHARS) {
            gmailToken = gmailAccessTokenHeader.strip();
        }
        // Google's own sample reads "userOauthToken"; the documented spelling is "userOAuthToken".
        String userToken = token(auth.path("userOAuthToken"));
        if (userToken == null) userToken = token(auth.path("userOauthToken"));

        return new AddonEvent(
                text(common.path("hostApp"), 32),
                text(common.path("platform"), 32),
                text(common.path("userLocale"), 64),
                zone(common.path("timeZone").path("id")),
                params,
                text(common.path("invokedFunction"), 2048),
                userToken,
                token(auth.path("userIdToken")),
                token(auth.path("systemIdToken")),
                scopes,
                text(gmail.path("messageId"), 128),
                text(gmail.path("threadId"), 128),
                gmailToken);
    }

    /** A button parameter set by the card ({@code commonEventObject.parameters}). */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The open thread in the REST API's hex form, when the event is about an open message. */
    public Optional<String> apiThreadId() {
        return GmailIds.toApiId(threadId);
    }

    /** The open message in the REST API's hex form. */
    public Optional<String> apiMessageId() {
        return GmailIds.toApiId(messageId);
    }

    /** The user's zone, when Google sent it. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(timeZone);
    }

    /** The user's locale, when Google sent a well-formed one. */
    public Optional<Locale> locale() {
        if (userLocale == null) return Optional.empty();
        try {
            Locale l = new Locale.Builder().setLanguageTag(userLocale.replace('_', '-')).build();
            return l.getLanguage().isEmpty() ? Optional.empty() : Optional.of(l);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** True when the event carries what reading the open thread needs: both tokens and a thread id. */
    public boolean hasGmailContext() {
        return userOAuthToken != null && gmailAccessToken != null && apiThreadId().isPresent();
    }

    @Override
    public String toString() {
        return "AddonEvent[hostApp=" + hostApp + ", platform=" + platform + ", userLocale=" + userLocale
                + ", timeZone=" + timeZone + ", parameters=" + parameters.keySet()
                + ", invokedFunction=" + invokedFunction
                + ", userOAuthToken=" + redact(userOAuthToken) + ", userIdToken=" + redact(userIdToken)
                + ", systemIdToken=" + redact(systemIdToken) + ", messageId=" + messageId
                + ", threadId=" + threadId + ", gmailAccessToken=" + redact(gmailAccessToken) + "]";
    }

    private static String redact(String token) {
        return token == null ? "null" : "<redacted>";
    }

    private static String text(JsonNode n, int max) {
        if (!n.isTextual()) return null;
        String s = n.textValue().strip();
        return s.isEmpty() || s.length() > max ? null : s;
    }

    private static String token(JsonNode n) {
        return text(n, MAX_TOKEN_CHARS);
    }

    private static ZoneId zone(JsonNode n) {
        String id = text(n, 64);
        if (id == null) return null;
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
