package dev.hearback.gmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gmail's system label ids (INBOX, SENT, CATEGORY_PERSONAL...) written the way Google Takeout's
 * {@code X-Gmail-Labels} header writes them (Inbox, Sent, Category Primary...), so that a message
 * read from the Gmail API carries the same labels as the same message read from an mbox export.
 * A message without UNREAD that was not sent by the user is "Opened", as in Takeout. User label ids
 * ({@code Label_12}) are kept as they are.
 */
final class GmailLabels {
    private GmailLabels() {}

    private static final Map<String, String> TAKEOUT = Map.ofEntries(
            Map.entry("INBOX", "Inbox"),
            Map.entry("SENT", "Sent"),
            Map.entry("IMPORTANT", "Important"),
            Map.entry("STARRED", "Starred"),
            Map.entry("UNREAD", "Unread"),
            Map.entry("DRAFT", "Drafts"),
            Map.entry("SPAM", "Spam"),
            Map.entry("TRASH", "Trash"),
            Map.entry("CHAT", "Chat"),
            Map.entry("CATEGORY_PERSONAL", "Category Primary"),
            Map.entry("CATEGORY_SOCIAL", "Category Social"),
            Map.entry("CATEGORY_PROMOTIONS", "Category Promotions"),
            Map.entry("CATEGORY_UPDATES", "Category Updates"),
            Map.entry("CATEGORY_FORUMS", "Category Forums"));

    static List<String> toTakeout(List<String> labelIds) {
        List<String> out = new ArrayList<>();
        if (labelIds == null) return out;
        for (String id : labelIds) out.add(TAKEOUT.getOrDefault(id, id));
        if (!labelIds.contains("UNREAD") && !labelIds.contains("SENT") && !labelIds.contains("DRAFT")) out.add("Opened");
        return out;
    }
}
