package dev.hearback.account;

/** A reply draft that was saved: its id, the draft message's id, and where the user opens it. */
public record DraftReceipt(String draftId, String messageId, String openUrl) {}
