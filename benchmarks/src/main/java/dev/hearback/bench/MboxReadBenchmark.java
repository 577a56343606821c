package dev.hearback.bench;

import dev.hearback.mail.Mailbox;
import dev.hearback.mail.MailboxReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an mbox held in memory into threads (splitting, MIME, bodies, calendars, grouping) on one
 * core, as bytes per second: the secondary result {@code bytes} is read bytes per second (divide by
 * 10^6 for MB/s); the primary score is whole mailboxes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class MboxReadBenchmark {
    @Param({"sample", "demo"})
    public BenchMailboxes mailbox;

    private final MailboxReader reader = new MailboxReader(); // one worker: the score is per core
    private byte[] mbox;

    /** Counts the bytes read, which JMH reports as a rate next to the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void load() {
        mbox = mailbox.bytes();
    }

    @Benchmark
    public Mailbox read(Bytes counter) throws IOException {
        counter.bytes += mbox.length;
        return reader.readMbox(new ByteArrayInputStream(mbox));
    }
}
