package dev.hearback.addon;

/**
 * A reply draft the server saved in Gmail: the draft's id as {@code users.drafts.create} returns it
 * ({@code r-123...}) and its thread in hex ({@code draft.message.threadId}). {@code storageId} is
 * optional ({@code draftStorageId}, the draft message's hex id) and may be null.
 */
public record CreatedDraft(String draftId, String threadId, String storageId) {
    public CreatedDraft {
        if (draftId == null || draftId.isBlank() || draftId.length() > 256) throw new IllegalArgumentException("draft id is required");
        if (!GmailIds.isApiId(threadId)) throw new IllegalArgumentException("draft thread id must be Gmail's hex id");
        if (storageId != null && !GmailIds.isApiId(storageId)) storageId = null;
    }
}
