package dev.hearback.addon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.apps.card.v1.Card;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.io.UncheckedIOException;

/**
 * The JSON bodies an HTTP add-on answers with (Google's "Render action" and "Form submit" schemas):
 *
 * <ul>
 *   <li>a trigger (homepage, contextual) answers a {@code RenderActions}:
 *       {@code {"action": {"navigations": [{"pushCard": CARD}]}}};
 *   <li>a button's action answers {@code {"renderActions": RenderActions}}, for example
 *       {@code {"renderActions": {"action": {"notification": {"text": "..."}, "navigations": [{"updateCard": CARD}]}}}};
 *   <li>the draft button answers {@code {"renderActions": {"hostAppAction": {"gmailAction":
 *       {"openCreatedDraftActionMarkup": {"draftId": "r-1", "draftThreadId": "18b..."}}}}}}, which makes
 *       Gmail open the saved draft. (Google's Gmail action markup schema names the field
 *       {@code openCreatedDraftActionMarkup}; there is no {@code openCreatedDraftAction}.)
 * </ul>
 *
 * Cards are printed from the {@code google.apps.card.v1.Card} message with protobuf's
 * {@code JsonFormat}, so field names are the schema's own.
 */
public final class AddonResponses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    private AddonResponses() {}

    /** A card as a JSON tree, field names as in Google's card schema. */
    public static ObjectNode cardNode(Card card) {
        try {
            return (ObjectNode) JSON.readTree(PRINTER.print(card));
        } catch (InvalidProtocolBufferException | JsonProcessingException e) {
            throw new IllegalStateException("card could not be printed", e);
        }
    }

    /** The answer to a homepage or contextual trigger: show {@code card}. */
    public static String pushCard(Card card) {
        ObjectNode root = NODES.objectNode();
        root.putObject("action").putArray("navigations").addObject().set("pushCard", cardNode(card));
        return write(root);
    }

    /** The answer to a button: replace the shown card, with an optional notification (plain text). */
    public static String updateCard(Card card, String notification) {
        ObjectNode root = NODES.objectNode();
        ObjectNode action = root.putObject("renderActions").putObject("action");
        action.putArray("navigations").addObject().set("updateCard", cardNode(card));
        if (notification != null && !notification.isBlank()) {
            action.putObject("notification").put("text", SafeText.plain(notification, SafeText.REASON));
        }
        return write(root);
    }

    /** The answer to a button: a notification only (plain text, no markup). */
    public static String notification(String text) {
        ObjectNode root = NODES.objectNode();
        root.putObject("renderActions").putObject("action").putObject("notification")
                .put("text", SafeText.plain(text, SafeText.REASON));
        return write(root);
    }

    /** The answer to "Create follow-up draft": open the saved draft in Gmail, with an optional notification. */
    public static String openCreatedDraft(CreatedDraft draft, String notification) {
        ObjectNode root = NODES.objectNode();
        ObjectNode render = root.putObject("renderActions");
        ObjectNode markup = render.putObject("hostAppAction").putObject("gmailAction")
                .putObject("openCreatedDraftActionMarkup");
        markup.put("draftId", draft.draftId());
        markup.put("draftThreadId", draft.threadId());
        if (draft.storageId() != null) markup.put("draftStorageId", draft.storageId());
        if (notification != null && !notification.isBlank()) {
            render.putObject("action").putObject("notification").put("text", SafeText.plain(notification, SafeText.REASON));
        }
        return write(root);
    }

    /** An error body in the shape docs/api.md uses: {@code {"error": code, "message": sentence}}. */
    public static String error(String code, String message) {
        ObjectNode root = NODES.objectNode();
        root.put("error", code);
        root.put("message", message);
        return write(root);
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
