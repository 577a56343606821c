package dev.hearback.plan;

import java.time.LocalDate;

/** What to do next, from which day, and why in one sentence a person reads. */
public record NextAction(ActionType type, LocalDate due, boolean dueNow, String reason) {}
