package dev.hearback.addon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.apps.card.v1.Card;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict checks of what the add-on sends Google: cards are parsed into
 * {@code google.apps.card.v1.Card} with protobuf's JsonFormat (an unknown field fails), and the
 * envelope around them is checked key by key against Google's render-action, host-app-action and
 * Gmail-action-markup JSON schemas (the add-on HTTP runtime guide). Public for the server's end-to-end tests.
 */
public final class CardSchema {
    static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> SUBMIT_FORM = Set.of("renderActions", "stateChanged");
    private static final Set<String> RENDER_ACTIONS = Set.of("action", "hostAppAction", "schema");
    private static final Set<String> ACTION = Set.of("navigations", "link", "notification");
    private static final Set<String> NAVIGATION = Set.of("popToRoot", "pop", "popToCard", "pushCard", "updateCard");
    private static final Set<String> NOTIFICATION = Set.of("text");
    private static final Set<String> HOST_APP_ACTION = Set.of("gmailAction");
    private static final Set<String> GMAIL_ACTION = Set.of("updateDraftActionMarkup", "openCreatedDraftActionMarkup");
    private static final Set<String> OPEN_CREATED_DRAFT = Set.of("draftId", "draftThreadId", "draftStorageId", "draftThreadServerPermId");

    private CardSchema() {}

    /** Parses a card strictly: any field Google's Card message doesn't have fails. */
    static Card strictCard(String json) {
        Card.Builder b = Card.newBuilder();
        try {
            JsonFormat.parser().merge(json, b);
        } catch (InvalidProtocolBufferException e) {
            fail("card is not a valid google.apps.card.v1.Card: " + e.getMessage() + "\n" + json);
        }
        return b.build();
    }

    /** Checks a whole response (trigger RenderActions, or a button's {"renderActions": ...}); returns its cards. */
    public static List<Card> strictResponse(String json) {
        JsonNode root = tree(json);
        assertTrue(root.isObject(), "response is an object");
        List<Card> cards = new ArrayList<>();
        if (root.has("renderActions")) {
            keys(root, SUBMIT_FORM, "submit form response");
            renderActions(root.get("renderActions"), cards);
        } else {
            renderActions(root, cards);
        }
        return cards;
    }

    /** The one card a trigger response pushes. */
    public static Card pushedCard(String json) {
        JsonNode root = tree(json);
        assertFalse(root.has("renderActions"), "a trigger answers RenderActions directly");
        List<Card> cards = strictResponse(json);
        assertEquals(1, cards.size());
        assertTrue(root.path("action").path("navigations").get(0).has("pushCard"));
        return cards.get(0);
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Every string value in a JSON tree. */
    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    /** Every string value of a card, printed by JsonFormat and read back. */
    static List<String> strings(Card c) {
        try {
            return strings(JSON.readTree(JsonFormat.printer().print(c)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String joined(Card c) {
        return String.join("\n", strings(c));
    }

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)");

    /** No raw script, and only the tags Hearback writes itself. */
    static void assertSafeMarkup(Card c, Set<String> allowedTags) {
        for (String s : strings(c)) {
            String lower = s.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("<script"), "raw <script in " + s);
            assertFalse(lower.contains("<img"), "raw <img in " + s);
            assertFalse(lower.contains("<iframe"), "raw <iframe in " + s);
            Matcher m = TAG.matcher(s);
            while (m.find()) {
                assertTrue(allowedTags.contains(m.group(1).toLowerCase(Locale.ROOT)), "unexpected tag <" + m.group(1) + "> in " + s);
            }
            assertFalse(s.contains("\u202E") || s.contains("\u202D"), "bidi override kept in " + s);
        }
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) out.add(n.textValue());
        for (JsonNode c : n) collect(c, out);
    }

    private static void renderActions(JsonNode ra, List<Card> cards) {
        assertTrue(ra.isObject(), "renderActions is an object");
        keys(ra, RENDER_ACTIONS, "renderActions");
        if (ra.has("action")) {
            JsonNode a = ra.get("action");
            keys(a, ACTION, "action");
            if (a.has("navigations")) {
                assertTrue(a.get("navigations").isArray() && a.get("navigations").size() > 0, "navigations is a non-empty array");
                for (JsonNode nav : a.get("navigations")) {
                    keys(nav, NAVIGATION, "navigation");
                    assertEquals(1, nav.size(), "one step per navigation");
                    for (String k : List.of("pushCard", "updateCard")) {
                        if (nav.has(k)) cards.add(strictCard(nav.get(k).toString()));
                    }
                }
            }
            if (a.has("notification")) {
                keys(a.get("notification"), NOTIFICATION, "notification");
                assertTrue(a.get("notification").get("text").isTextual(), "notification text is a string");
            }
        }
        if (ra.has("hostAppAction")) {
            JsonNode h = ra.get("hostAppAction");
            keys(h, HOST_APP_ACTION, "hostAppAction");
            JsonNode g = h.get("gmailAction");
            keys(g, GMAIL_ACTION, "gmailAction");
            if (g.has("openCreatedDraftActionMarkup")) {
                JsonNode m = g.get("openCreatedDraftActionMarkup");
                keys(m, OPEN_CREATED_DRAFT, "openCreatedDraftActionMarkup");
                assertTrue(m.path("draftId").isTextual() && m.path("draftThreadId").isTextual(), "draftId and draftThreadId are strings");
            }
        }
    }

    private static void keys(JsonNode n, Set<String> allowed, String what) {
        assertTrue(n.isObject(), what + " is an object");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            assertTrue(allowed.contains(k), "unknown field '" + k + "' in " + what + " (allowed " + allowed + ")");
        }
    }
}
