package dev.hearback.compose;

/** A composed reply: never sent by Hearback, only offered or saved as a Gmail draft. */
public record Draft(String to, String subject, String body) {}
