package dev.hearback.infer;

import java.time.ZonedDateTime;

/** One interview of a thread: when it starts (a date alone is taken at 12:00), and why we think so. */
public record Interview(ZonedDateTime at, boolean dateOnly, Source source, Evidence evidence) {
    /** Strongest evidence first (policy.md, "Interview time"). */
    public enum Source { CALENDAR, AGREED, AFTER_THE_FACT }
}
