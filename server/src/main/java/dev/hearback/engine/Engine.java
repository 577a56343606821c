package dev.hearback.engine;

import dev.hearback.compose.Composer;
import dev.hearback.compose.Draft;
import dev.hearback.infer.Interview;
import dev.hearback.infer.ThreadFacts;
import dev.hearback.infer.ThreadReader;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import dev.hearback.plan.ActionType;
import dev.hearback.plan.BusinessCalendar;
import dev.hearback.plan.NextAction;
import dev.hearback.plan.Plan;
import dev.hearback.plan.Planner;
import dev.hearback.plan.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * From threads to one planned next action per interview thread: read the facts, plan each thread,
 * apply the cross-thread WITHDRAW rule, compose the drafts, order by urgency. Stateless and safe to
 * share across threads of execution.
 *
 * <p>Reading a thread's facts is the costly step and each thread is read on its own, so an engine
 * made with several workers reads threads in parallel; results are gathered in the threads' order,
 * so the analysis is the same whatever the number of workers.
 */
public final class Engine {
    private final Composer composer = new Composer();
    private final int workers;

    /** Works on the calling thread only, as a server request should. */
    public Engine() {
        this(1);
    }

    /** Reads threads on {@code workers} threads (the command line gives it every core). */
    public Engine(int workers) {
        this.workers = Math.max(1, workers);
    }

    public Analysis analyze(Collection<MailThread> threads, AnalysisSettings s) {
        return analyze(threads, s, Corrections.NONE);
    }

    public Analysis analyze(Collection<MailThread> threads, AnalysisSettings s, Corrections corrections) {
        BusinessCalendar cal = BusinessCalendar.of(s.country());
        ThreadReader reader = new ThreadReader(s.me(), s.zone(), cal);
        Planner planner = new Planner(s.now(), s.zone(), cal, s.preset());
        List<Planned> planned = new ArrayList<>();
        List<IgnoredThread> ignored = new ArrayList<>();
        List<MailThread> ordered = List.copyOf(threads);
        // Only a thread the user said is an interview must be read in full whatever its text says.
        List<ThreadFacts> facts = InOrder.map(ordered, t -> reader.read(t, !corrections.isInterview().contains(t.id())), workers);
        for (int k = 0; k < ordered.size(); k++) {
            MailThread t = ordered.get(k);
            ThreadFacts f = facts.get(k);
            String why = corrections.isInterview().contains(t.id()) ? null
                    : corrections.notInterview().contains(t.id()) ? "you marked it as not an interview" : f.notInterview();
            if (why != null) {
                ignored.add(new IgnoredThread(t.id(), t.subject(), why));
                continue;
            }
            planned.add(new Planned(f, planner.plan(f, corrections.outcomes().get(t.id()))));
        }
        List<ThreadReport> reports = new ArrayList<>();
        Instant accepted = planned.stream().filter(p -> p.plan.stage() == Stage.ACCEPTED).map(p -> p.plan.stageAt())
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate today = s.now().atZone(s.zone()).toLocalDate();
        for (Planned p : planned) {
            NextAction action = p.plan.action();
            if (accepted != null && (p.plan.stage() == Stage.AWAITING || p.plan.stage() == Stage.SCHEDULED)) {
                // policy.md, across threads: once an offer is accepted, tell every open process at once.
                LocalDate on = accepted.atZone(s.zone()).toLocalDate();
                action = new NextAction(ActionType.WITHDRAW, on, !on.isAfter(today),
                        "You accepted an offer on " + on + "; let them know you are no longer available.");
            }
            reports.add(report(p, action, s));
        }
        reports.sort(URGENCY);
        ignored.sort(Comparator.comparing(IgnoredThread::threadId));
        return new Analysis(s.now(), s.zone(), s.preset(), reports, ignored);
    }

    /** Due now first, then by due date; actions with nothing to send last. */
    static final Comparator<ThreadReport> URGENCY = Comparator
            .comparing((ThreadReport r) -> r.nextAction().type() == ActionType.NONE)
            .thenComparing(r -> !r.nextAction().dueNow())
            .thenComparing(r -> r.nextAction().due())
            .thenComparing(ThreadReport::threadId);

    private record Planned(ThreadFacts facts, Plan plan) {}

    private ThreadReport report(Planned p, NextAction action, AnalysisSettings s) {
        ThreadFacts f = p.facts();
        Plan plan = p.plan();
        var contactAddr = f.employer().contact();
        Contact contact = contactAddr == null ? null : new Contact(contactAddr.name(), contactAddr.email());
        Interview i = plan.interview();
        Interview next = plan.nextInterview();
        ZonedDateTime at = i == null ? null : i.at().withZoneSameInstant(s.zone());
        ZonedDateTime nextAt = next == null ? null : next.at().withZoneSameInstant(s.zone());
        Message lastTheirs = f.theirs().isEmpty() ? null : f.theirs().get(f.theirs().size() - 1);
        Message replyTo = f.thread().messages().isEmpty() ? null : f.thread().messages().get(f.thread().messages().size() - 1);
        String userFirst = f.yours().stream().map(m -> m.from() == null ? "" : m.from().name()).filter(n -> !n.isBlank())
                .map(n -> n.split("\\s+")[0]).findFirst().orElse(null);
        Draft draft = composer.compose(action.type(), new Composer.Facts(
                contact == null ? null : contact.firstName(), contact == null ? null : contact.email(),
                f.employer().company(), f.employer().role(), at == null ? null : at.toLocalDate(), plan.deadline(),
                lastTheirs != null ? lastTheirs.subject() : f.thread().subject(), userFirst));
        List<LocalDate> ups = plan.followUps();
        Progress progress = new Progress(plan.thankYou(), ups.size() > 0 ? ups.get(0) : null, ups.size() > 1 ? ups.get(1) : null, ups.size() > 2 ? ups.get(2) : null);
        return new ThreadReport(f.thread().id(), f.thread().subject(), f.employer().company(), f.employer().role(), contact,
                plan.stage(), at, i == null ? null : i.evidence(), nextAt, next == null ? null : next.evidence(),
                plan.deadline(), plan.deadlineEvidence(), plan.followUpsSent(), progress, action, draft,
                replyTo == null ? null : replyTo.messageId());
    }
}
