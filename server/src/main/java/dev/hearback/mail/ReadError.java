package dev.hearback.mail;

/** A message that could not be read whole: where it is (line or file) and why. */
public record ReadError(String where, String why) {}
