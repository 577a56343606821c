package dev.hearback.infer;

import java.time.Instant;

/** A message that changes the process: their offer or rejection, the user's acceptance or withdrawal. */
public record Outcome(Kind kind, Instant at, Evidence evidence) {
    public enum Kind { OFFER, REJECTION, ACCEPTANCE, WITHDRAWAL }
}
