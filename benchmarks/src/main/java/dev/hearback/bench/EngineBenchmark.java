package dev.hearback.bench;

import dev.hearback.engine.Analysis;
import dev.hearback.engine.AnalysisSettings;
import dev.hearback.engine.Engine;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.MailboxReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine throughput: threads read and planned per second on one core, from threads already parsed
 * (reading the mbox is {@link MboxReadBenchmark}'s). One operation is one thread: each invocation
 * analyzes a batch of {@value #BATCH} threads, the mailbox's threads repeated, so that the score does
 * not depend on how many threads a mailbox happens to hold. Target (issue 6): at least 5,000/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class EngineBenchmark {
    static final int BATCH = 100;

    @Param({"sample", "demo"})
    public BenchMailboxes mailbox;

    private final Engine engine = new Engine(); // one worker: the score is per core
    private List<MailThread> threads;
    private AnalysisSettings settings;

    @Setup
    public void parse() throws IOException {
        List<MailThread> parsed = new MailboxReader().readMbox(new ByteArrayInputStream(mailbox.bytes())).threads();
        threads = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) threads.add(parsed.get(i % parsed.size()));
        settings = mailbox.settings();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Analysis planThreads() {
        return engine.analyze(threads, settings);
    }
}
