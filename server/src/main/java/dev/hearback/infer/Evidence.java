package dev.hearback.infer;

/** The sentence an inference came from, and the message that holds it. */
public record Evidence(String sentence, String messageId) {}
