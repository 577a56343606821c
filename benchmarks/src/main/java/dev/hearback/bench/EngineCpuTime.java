package dev.hearback.bench;

import dev.hearback.engine.AnalysisSettings;
import dev.hearback.engine.Engine;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.MailboxReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link EngineBenchmark}'s workload timed by the CPU time of the thread that runs it rather than by
 * the wall clock: threads planned per CPU-second, which is the per-core figure of issue 6 and which
 * other processes on a shared machine disturb far less than JMH's wall-clock score (they still share
 * caches and the core's other hyper-thread, so it is not noise-free). Not a JMH benchmark: run it as
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.hearback.bench.EngineCpuTime [sample|demo ...] [seconds] [rounds]</pre>
 *
 * Each round plans batches of {@value EngineBenchmark#BATCH} threads for the given CPU seconds, after
 * two warm-up rounds, and prints its rate.
 */
public final class EngineCpuTime {
    private EngineCpuTime() {}

    public static void main(String[] args) throws IOException {
        List<BenchMailboxes> mailboxes = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String a : args) {
            if (a.chars().allMatch(Character::isDigit)) numbers.add(a);
            else mailboxes.add(BenchMailboxes.valueOf(a));
        }
        if (mailboxes.isEmpty()) mailboxes = List.of(BenchMailboxes.values());
        double seconds = numbers.size() > 0 ? Double.parseDouble(numbers.get(0)) : 3;
        int rounds = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 5;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (BenchMailboxes mailbox : mailboxes) {
            List<MailThread> parsed = new MailboxReader().readMbox(new ByteArrayInputStream(mailbox.bytes())).threads();
            List<MailThread> batch = new ArrayList<>(EngineBenchmark.BATCH);
            for (int i = 0; i < EngineBenchmark.BATCH; i++) batch.add(parsed.get(i % parsed.size()));
            AnalysisSettings settings = mailbox.settings();
            Engine engine = new Engine(); // one worker: the figure is per core
            for (int round = -2; round < rounds; round++) {
                long start = bean.getCurrentThreadCpuTime();
                long planned = 0;
                while (bean.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                    if (engine.analyze(batch, settings).threads().isEmpty()) throw new IllegalStateException("nothing planned");
                    planned += batch.size();
                }
                double cpu = (bean.getCurrentThreadCpuTime() - start) / 1e9;
                if (round >= 0) System.out.printf("%s round %d: %,.0f threads per CPU-second%n", mailbox, round + 1, planned / cpu);
            }
        }
    }
}
