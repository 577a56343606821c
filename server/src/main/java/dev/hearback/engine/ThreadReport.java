package dev.hearback.engine;

import dev.hearback.compose.Draft;
import dev.hearback.infer.Evidence;
import dev.hearback.plan.NextAction;
import dev.hearback.plan.Stage;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * What Hearback concludes about one interview thread: the facts it inferred (each with the sentence
 * it came from), the stage, the one next action and its composed reply.
 */
public record ThreadReport(
        String threadId,
        String subject,
        String company,
        String role,
        Contact contact,
        Stage stage,
        ZonedDateTime interviewAt,
        Evidence interviewEvidence,
        ZonedDateTime nextInterviewAt,
        Evidence nextInterviewEvidence,
        LocalDate deadline,
        Evidence deadlineEvidence,
        int followUpsSent,
        Progress progress,
        NextAction nextAction,
        Draft draft,
        String replyToMessageId) {}
