package dev.hearback.engine;

import java.time.LocalDate;

/** Which of the playbook's messages the user has sent since the interview (null = not yet). */
public record Progress(LocalDate thankYou, LocalDate checkIn, LocalDate followUp, LocalDate finalNote) {}
