import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate HTTP load generator (wrk2 is not in Debian): sends GETs at exactly RATE requests a
 * second, whether or not earlier ones have come back, and measures each latency from the moment
 * the request was meant to be sent. A server that stalls therefore shows the whole stall in the
 * figures instead of hiding it by slowing the sender down (coordinated omission).
 *
 *   java bench/FixedRate.java RATE SECONDS TOKEN URL [URL...]
 *
 * URLs are used in turn. Prints achieved rate, percentiles and errors as one line of key=value.
 */
public final class FixedRate {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/FixedRate.java RATE SECONDS TOKEN URL [URL...]");
            System.exit(2);
        }
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        String token = args[2];
        List<URI> uris = Arrays.stream(args, 3, args.length).map(URI::create).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest[] requests = uris.stream().map(u -> HttpRequest.newBuilder(u)
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build())
                .toArray(HttpRequest[]::new);

        int total = rate * seconds;
        long[] latency = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger non200 = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        long maxLateSend = 0;
        for (int i = 0; i < total; i++) {
            long intended = start + i * period;
            long now;
            while ((now = System.nanoTime()) < intended) LockSupport.parkNanos(intended - now);
            maxLateSend = Math.max(maxLateSend, now - intended);
            final int n = i;
            client.sendAsync(requests[i % requests.length], HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        latency[n] = System.nanoTime() - intended;
                        if (e != null) errors.incrementAndGet();
                        else if (r.statusCode() != 200) non200.incrementAndGet();
                        done.countDown();
                    });
        }
        long sentIn = System.nanoTime() - start;
        done.await();
        long wall = System.nanoTime() - start;
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        System.out.printf("rate=%d sent=%d sent_rate=%.1f/s completed_in=%.2fs p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms "
                        + "errors=%d non200=%d max_late_send=%.2fms%n",
                rate, total, total / (sentIn / 1e9), wall / 1e9, ms(pct(sorted, 50)), ms(pct(sorted, 90)), ms(pct(sorted, 99)),
                ms(pct(sorted, 99.9)), ms(sorted[sorted.length - 1]), errors.get(), non200.get(), ms(maxLateSend));
        System.exit(errors.get() + non200.get() == 0 ? 0 : 1);
    }

    private static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
