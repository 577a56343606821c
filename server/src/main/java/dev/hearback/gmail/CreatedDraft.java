package dev.hearback.gmail;

/**
 * A draft saved in the user's Gmail: its draft id ({@code r-...}), the Gmail message id of the
 * draft message and the thread it is in. Gmail opens it at
 * {@code https://mail.google.com/mail/u/0/#drafts?compose=<messageId>}.
 */
public record CreatedDraft(String draftId, String messageId, String threadId) {
    public String gmailUrl() {
        return "https://mail.google.com/mail/u/0/#drafts?compose=" + messageId;
    }
}
