package dev.hearback.plan;

import dev.hearback.infer.AutoReply;
import dev.hearback.infer.Interview;
import dev.hearback.infer.Outcome;
import dev.hearback.infer.ThreadFacts;
import dev.hearback.mail.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** policy.md's stage and next-action rules for one thread. */
public final class Planner {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final Instant now;
    private final ZoneId zone;
    private final BusinessCalendar cal;
    private final Preset preset;

    public Planner(Instant now, ZoneId zone, BusinessCalendar cal, Preset preset) {
        this.now = now;
        this.zone = zone;
        this.cal = cal;
        this.preset = preset;
    }

    private LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    private LocalDate date(Instant i) {
        return i.atZone(zone).toLocalDate();
    }

    public Plan plan(ThreadFacts f, Stage manualOutcome) {
        List<Interview> past = f.interviews().stream().filter(i -> !i.at().toInstant().isAfter(now)).toList();
        Interview interview = past.isEmpty() ? null : past.get(past.size() - 1);
        Interview next = f.interviews().stream().filter(i -> i.at().toInstant().isAfter(now)).findFirst().orElse(null);
        List<Outcome> outcomes = f.outcomes().stream().filter(o -> !o.at().isAfter(now)).toList();

        Optional<Outcome> withdrawal = last(outcomes, Outcome.Kind.WITHDRAWAL);
        Optional<Outcome> theirLatest = outcomes.stream()
                .filter(o -> o.kind() == Outcome.Kind.OFFER || o.kind() == Outcome.Kind.REJECTION).reduce((a, b) -> b);
        Optional<Outcome> offer = last(outcomes, Outcome.Kind.OFFER);
        Optional<Outcome> acceptance = offer.flatMap(o -> outcomes.stream()
                .filter(a -> a.kind() == Outcome.Kind.ACCEPTANCE && a.at().isAfter(o.at())).reduce((a, b) -> b));

        Counting c = count(f, interview);
        Stage stage;
        Instant stageAt;
        if (manualOutcome != null) {
            stage = manualOutcome;
            stageAt = now;
        } else if (withdrawal.isPresent()) {
            stage = Stage.WITHDRAWN;
            stageAt = withdrawal.get().at();
        } else if (acceptance.isPresent()) {
            stage = Stage.ACCEPTED;
            stageAt = acceptance.get().at();
        } else if (theirLatest.isPresent()) {
            stage = theirLatest.get().kind() == Outcome.Kind.OFFER ? Stage.OFFER : Stage.REJECTED;
            stageAt = theirLatest.get().at();
        } else if (next != null) {
            stage = Stage.SCHEDULED;
            stageAt = next.at().toInstant();
        } else {
            stage = Stage.AWAITING;
            stageAt = interview == null ? now : interview.at().toInstant();
        }

        NextAction action = switch (stage) {
            case SCHEDULED -> none(date(next.at().toInstant()), "Your interview is on " + DAY.format(next.at().withZoneSameInstant(zone)) + "; nothing to send before it.");
            case REJECTED -> f.yours().stream().anyMatch(m -> m.sent().isAfter(stageAt) && !m.sent().isAfter(now))
                    ? none(date(stageAt), "They declined on " + DAY.format(date(stageAt)) + " and you have answered; nothing more to send.")
                    : action(ActionType.REQUEST_FEEDBACK, date(stageAt), "They declined on " + DAY.format(date(stageAt)) + "; a short reply asking for feedback keeps the door open.");
            case OFFER -> none(date(stageAt), "They made you an offer on " + DAY.format(date(stageAt)) + "; reply when you have decided.");
            case ACCEPTED -> none(date(stageAt), "You accepted their offer on " + DAY.format(date(stageAt)) + ".");
            case WITHDRAWN -> none(date(stageAt), "You withdrew on " + DAY.format(date(stageAt)) + ".");
            case AWAITING -> awaiting(f, interview, c);
        };
        action = holdForAutoReply(f, action);
        return new Plan(stage, interview, next, c.deadline == null ? null : c.deadline.date(),
                c.deadline == null ? null : c.deadline.evidence(), c.counted.size(), c.thankYou,
                c.counted.stream().limit(3).map(m -> date(m.sent())).toList(), action, stageAt);
    }

    /** What the AWAITING table needs: the base B, your counted messages after it, the deadline. */
    private record Counting(Instant base, List<Message> counted, LocalDate thankYou, ThreadFacts.StatedDeadline deadline, boolean yoursAfterInterview) {}

    private Counting count(ThreadFacts f, Interview interview) {
        if (interview == null) return new Counting(now, List.of(), null, null, false);
        Instant iAt = interview.at().toInstant();
        LocalDate i = interview.at().withZoneSameInstant(zone).toLocalDate();
        LocalDate thankYouLimit = cal.plusBusinessDays(i, 2);
        List<Instant> autoReplyTimes = f.autoReplies().stream().map(AutoReply::at).toList();
        // B: their latest real answer after the interview, else the interview itself.
        Instant base = f.theirs().stream()
                .filter(m -> m.sent().isAfter(iAt) && !m.sent().isAfter(now) && !autoReplyTimes.contains(m.sent()))
                .map(Message::sent).max(Comparator.naturalOrder()).orElse(iAt);
        List<Message> yoursAfterI = f.yours().stream().filter(m -> m.sent().isAfter(iAt) && !m.sent().isAfter(now)).toList();
        Message thankYou = yoursAfterI.stream().filter(m -> !date(m.sent()).isAfter(thankYouLimit)).findFirst().orElse(null);
        List<Message> counted = yoursAfterI.stream()
                .filter(m -> m.sent().isAfter(base) && date(m.sent()).isAfter(thankYouLimit)).toList();
        LocalDate baseDate = date(base);
        // Only their latest message that states a deadline counts, and only if it is not before B.
        ThreadFacts.StatedDeadline d = f.deadlines().stream().filter(x -> !x.statedAt().isAfter(now))
                .max(Comparator.comparing(ThreadFacts.StatedDeadline::statedAt)).orElse(null);
        if (d != null && (d.date() == null || d.date().isBefore(baseDate))) d = null;
        return new Counting(base, counted, thankYou == null ? null : date(thankYou.sent()), d, !yoursAfterI.isEmpty());
    }

    private NextAction awaiting(ThreadFacts f, Interview interview, Counting c) {
        if (interview == null) return none(today(), "No interview date found in this thread.");
        LocalDate i = interview.at().withZoneSameInstant(zone).toLocalDate();
        if (!c.yoursAfterInterview() && !today().isAfter(cal.plusBusinessDays(i, 2))) {
            return action(ActionType.THANK_YOU, i, "You met on " + DAY.format(i) + "; a short thank-you within a day keeps you in mind.");
        }
        LocalDate b = date(c.base());
        String since = c.base().equals(interview.at().toInstant()) ? "the interview on " + DAY.format(b) : "their last message on " + DAY.format(b);
        int n = c.counted().size();
        LocalDate last = n == 0 ? null : date(c.counted().get(n - 1).sent());
        return switch (preset) {
            case BALANCED -> balanced(n, c, b, last, since);
            case PATIENT -> patient(n, c, b, last, since);
            case ASSERTIVE -> assertive(n, c, b, last, since, f);
        };
    }

    private NextAction balanced(int n, Counting c, LocalDate b, LocalDate last, String since) {
        if (n == 0 && c.deadline() != null) {
            LocalDate d = c.deadline().date();
            return action(ActionType.CHECK_IN, cal.plusBusinessDays(d, 1), "They said you would hear by " + DAY.format(d) + "; check in the next business day, " + DAY.format(cal.plusBusinessDays(d, 1)) + ".");
        }
        if (n == 0) {
            LocalDate due = cal.plusBusinessDays(b, 5);
            return action(ActionType.CHECK_IN, due, "No word since " + since + " and no date given; five business days later is " + DAY.format(due) + ".");
        }
        LocalDate due = cal.plusBusinessDays(last, 5);
        return switch (n) {
            case 1 -> action(ActionType.FOLLOW_UP, due, "No answer to your check-in of " + DAY.format(last) + "; five business days later is " + DAY.format(due) + ".");
            case 2 -> action(ActionType.FINAL_NOTE, due, "Two messages unanswered, the last on " + DAY.format(last) + "; a last, gracious note is due " + DAY.format(due) + ".");
            default -> action(ActionType.MOVE_ON, due, n + " messages unanswered since " + since + "; from " + DAY.format(due) + " let this one go and put your energy elsewhere.");
        };
    }

    private NextAction patient(int n, Counting c, LocalDate b, LocalDate last, String since) {
        if (n == 0) {
            if (c.deadline() != null) {
                LocalDate d = c.deadline().date();
                LocalDate due = cal.plusBusinessDays(d, 2);
                return action(ActionType.CHECK_IN, due, "They said you would hear by " + DAY.format(d) + "; the patient preset waits two business days, to " + DAY.format(due) + ".");
            }
            LocalDate due = b.plusDays(14);
            return action(ActionType.CHECK_IN, due, "No word since " + since + "; the patient preset checks in two weeks later, " + DAY.format(due) + ".");
        }
        LocalDate due = last.plusDays(14);
        if (n == 1) return action(ActionType.FOLLOW_UP, due, "No answer to your check-in of " + DAY.format(last) + "; one follow-up two weeks later, " + DAY.format(due) + ".");
        return action(ActionType.MOVE_ON, due, "Two messages unanswered; from " + DAY.format(due) + " let this one go.");
    }

    private NextAction assertive(int n, Counting c, LocalDate b, LocalDate last, String since, ThreadFacts f) {
        if (n == 0) {
            LocalDate due = c.deadline() != null ? cal.plusBusinessDays(c.deadline().date(), 1) : cal.plusBusinessDays(b, 2);
            return action(ActionType.CHECK_IN, due, "No word since " + since + "; the assertive preset checks in after two business days, " + DAY.format(due) + ".");
        }
        if (n == 1) {
            LocalDate due = cal.plusBusinessDays(last, 2);
            return action(ActionType.CALL, due, "No answer within two business days of your email of " + DAY.format(last)
                    + "; call on " + DAY.format(due) + ", late morning before lunch or about 4:30 pm their time.");
        }
        LocalDate due = cal.plusBusinessDays(last, 5);
        if (n == 2) {
            if (secondContact(f)) {
                return action(ActionType.ESCALATE, due, "Still no answer; write to the line manager named in the thread, copying your interviewer, on " + DAY.format(due) + ".");
            }
            return action(ActionType.FINAL_NOTE, due, "Two attempts unanswered; a last, gracious note is due " + DAY.format(due) + ".");
        }
        return action(ActionType.MOVE_ON, due, "Several attempts unanswered; from " + DAY.format(due) + " let this one go.");
    }

    /** A second person of the employer's in the thread (another sender or a copied colleague). */
    private static boolean secondContact(ThreadFacts f) {
        var employer = f.employer().contact();
        if (employer == null) return false;
        String domain = employer.domain();
        return f.thread().messages().stream().flatMap(m -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(m.from()), java.util.stream.Stream.concat(m.to().stream(), m.cc().stream())))
                .filter(a -> a != null && a.domain().equals(domain) && !a.email().equals(employer.email()))
                .findAny().isPresent();
    }

    /** An out-of-office reply with a return date R holds every action until bd(R, 1). */
    private NextAction holdForAutoReply(ThreadFacts f, NextAction a) {
        if (a.type() == ActionType.NONE) return a;
        Optional<AutoReply> away = f.autoReplies().stream().filter(r -> r.returnDate() != null && !r.at().isAfter(now))
                .max(Comparator.comparing(AutoReply::at));
        if (away.isEmpty()) return a;
        LocalDate back = cal.plusBusinessDays(away.get().returnDate(), 1);
        if (!a.due().isBefore(back)) return a;
        return new NextAction(a.type(), back, !back.isAfter(today()),
                a.reason() + " They are away until " + DAY.format(away.get().returnDate()) + ", so wait until " + DAY.format(back) + ".");
    }

    private NextAction action(ActionType type, LocalDate due, String reason) {
        return new NextAction(type, due, !due.isAfter(today()), reason);
    }

    private NextAction none(LocalDate due, String reason) {
        return new NextAction(ActionType.NONE, due, false, reason);
    }

    private static Optional<Outcome> last(List<Outcome> outcomes, Outcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).reduce((a, b) -> b);
    }
}
