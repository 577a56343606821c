package dev.hearback.infer;

import java.time.Instant;
import java.time.LocalDate;

/** An automatic reply (out of office); {@code returnDate} is null when it names none. */
public record AutoReply(Instant at, LocalDate returnDate, Evidence evidence) {}
