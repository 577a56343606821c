package dev.hearback.bench;

import dev.hearback.infer.DateTimeFinder;
import dev.hearback.infer.DeadlineFinder;
import dev.hearback.infer.DeadlineRule;
import dev.hearback.infer.DeadlineRules;
import dev.hearback.infer.Sentences;
import dev.hearback.infer.TimeMention;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.MailboxReader;
import dev.hearback.mail.Message;
import dev.hearback.plan.BusinessCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Date and deadline phrase extraction: sentences read per second. The corpus is every sentence of
 * the demo mailbox (greetings, scheduling, hearing-back promises, signatures, as mail has them),
 * the deadline table's own examples and a few scheduling sentences in the shapes DateTimeFinder
 * knows. One operation is one sentence, taken in turn, so each score is phrases per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class PhraseBenchmark {
    private static final List<String> SCHEDULING = List.of(
            "Would Thursday, October 15 at 9:00 AM Central (10:00 AM Eastern) work for a video interview?",
            "I can do 11/19 at 1pm or Friday 11/20 at 10am ET.",
            "Let's meet Nov. 12th, 9:30am PT at our office on 5th Street.",
            "How about tomorrow at 3?",
            "Could we move it to Monday the 16th at noon instead?",
            "The onsite is confirmed for 2026-11-09 15:00 ET.",
            "Thanks for coming in today, it was great to meet you.",
            "We'll get back to you by the end of next week.");
    private static final LocalDate SENT = LocalDate.of(2026, 11, 12);

    private final BusinessCalendar calendar = BusinessCalendar.of("US");
    private String[] corpus;
    private int next;

    @Setup
    public void corpus() throws IOException {
        List<String> all = new ArrayList<>(SCHEDULING);
        for (DeadlineRule r : DeadlineRules.ALL) r.examples().forEach(e -> all.add(e.sentence()));
        byte[] demo = BenchMailboxes.demo.bytes();
        for (MailThread t : new MailboxReader().readMbox(new ByteArrayInputStream(demo)).threads()) {
            for (Message m : t.messages()) all.addAll(Sentences.of(m.newText()));
        }
        corpus = all.toArray(String[]::new);
    }

    private String nextSentence() {
        String s = corpus[next];
        next = next + 1 == corpus.length ? 0 : next + 1;
        return s;
    }

    @Benchmark
    public List<TimeMention> dateTimes() {
        return DateTimeFinder.find(nextSentence(), SENT, DateTimeFinder.Direction.FUTURE);
    }

    @Benchmark
    public DeadlineFinder.Found deadlines() {
        return DeadlineFinder.read(nextSentence(), SENT, calendar);
    }
}
