package dev.hearback.infer;

import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import dev.hearback.plan.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Runs every inference over one thread and gathers the facts the planner needs. */
public final class ThreadReader {
    private final Set<String> me;
    private final ZoneId zone;
    private final BusinessCalendar calendar;

    public ThreadReader(Set<String> me, ZoneId zone, BusinessCalendar calendar) {
        this.me = me;
        this.zone = zone;
        this.calendar = calendar;
    }

    /** policy.md: a message is yours when you sent it, or Gmail labels it Sent. */
    public Predicate<Message> mine() {
        return m -> (m.from() != null && me.contains(m.from().email().toLowerCase(Locale.ROOT)))
                || m.labels().stream().anyMatch(l -> l.equalsIgnoreCase("sent"));
    }

    /**
     * The thread's facts; with {@code mayStopEarly}, a thread whose text alone settles that it is no
     * interview process (a mailing list, the user as interviewer, nothing about a job: {@link
     * ThreadKind#fromText}) gets only that reason, and nothing else is read from it: newsletters and
     * alerts are long, and their facts would never be used. A caller that will plan the thread
     * anyway (the user said it is an interview) passes false.
     */
    public ThreadFacts read(MailThread thread, boolean mayStopEarly) {
        List<Message> messages = thread.messages();
        // Every rule asks whose each message is, many times over: answered once per message here.
        Set<Message> yoursOnce = Collections.newSetFromMap(new IdentityHashMap<>());
        messages.stream().filter(mine()).forEach(yoursOnce::add);
        Predicate<Message> mine = yoursOnce::contains;
        List<Message> yours = messages.stream().filter(mine).toList();
        List<Message> theirs = messages.stream().filter(mine.negate()).toList();
        ThreadKind.TextVerdict text = ThreadKind.fromText(messages, mine);
        if (mayStopEarly && text.settled() != null) {
            return new ThreadFacts(thread, text.settled(), List.of(), List.of(), List.of(), List.of(), new EmployerFacts(null, null, null), yours, theirs);
        }
        List<ReadMessage> read = messages.stream().map(m -> {
            List<String> sentences = Sentences.of(m.newText());
            // Only their mail can be an automatic reply to the user.
            Optional<AutoReply> auto = mine.test(m) ? Optional.empty() : AutoReplyDetector.detect(m, sentences, zone);
            return new ReadMessage(m, sentences, auto);
        }).toList();
        List<Interview> interviews = InterviewFinder.find(read, mine, zone);
        List<ThreadFacts.StatedDeadline> deadlines = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<AutoReply> autoReplies = new ArrayList<>();
        for (ReadMessage r : read) {
            Message m = r.message();
            boolean isYours = mine.test(m);
            if (r.autoReply().isPresent()) {
                autoReplies.add(r.autoReply().get());
                continue;
            }
            LocalDate sent = m.sent().atZone(zone).toLocalDate();
            for (int i = 0; i < r.sentences().size(); i++) {
                String s = r.sentences().get(i);
                String lowered = r.lowered().get(i);
                if (isYours) {
                    OutcomeDetector.yours(s, lowered).ifPresent(k -> outcomes.add(new Outcome(k, m.sent(), new Evidence(s, m.messageId()))));
                } else {
                    OutcomeDetector.theirs(s, lowered).ifPresent(k -> outcomes.add(new Outcome(k, m.sent(), new Evidence(s, m.messageId()))));
                    DeadlineFinder.Found f = DeadlineFinder.read(s, lowered, sent, calendar);
                    if (f.stated()) deadlines.add(new ThreadFacts.StatedDeadline(f.deadline(), m.sent(), new Evidence(s, m.messageId())));
                }
            }
        }
        String why = ThreadKind.whyNot(text, messages, mine, interviews, outcomes);
        return new ThreadFacts(thread, why, interviews, deadlines, outcomes, autoReplies, EmployerFacts.of(messages, mine), yours, theirs);
    }
}
