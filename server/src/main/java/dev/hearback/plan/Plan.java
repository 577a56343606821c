package dev.hearback.plan;

import dev.hearback.infer.Evidence;
import dev.hearback.infer.Interview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The planner's conclusion for one thread, before any cross-thread rule. */
public record Plan(
        Stage stage,
        Interview interview,
        Interview nextInterview,
        LocalDate deadline,
        Evidence deadlineEvidence,
        int followUpsSent,
        LocalDate thankYou,
        List<LocalDate> followUps,
        NextAction action,
        Instant stageAt) {}
