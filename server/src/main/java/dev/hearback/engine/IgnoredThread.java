package dev.hearback.engine;

/** A thread that is not an interview process, with the reason a person can check. */
public record IgnoredThread(String threadId, String subject, String why) {}
