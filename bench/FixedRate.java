import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate HTTP/1.1 load generator (wrk2 is not in Debian): a dispatcher releases one request
 * every 1/RATE s on schedule, whether or not earlier ones have come back, to a pool of CONNECTIONS
 * keep-alive connections (plain sockets, like wrk2's). Each latency is measured from the moment the
 * request was meant to be sent, so a stall in the server, or a queue of requests waiting for a free
 * connection, shows in full instead of slowing the sender down (coordinated omission).
 *
 *   java bench/FixedRate.java RATE SECONDS TOKEN URL [URL...]      (env CONNECTIONS, default 16)
 *
 * URLs (same host) are used in turn. Prints one line of key=value.
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
        URI first = URI.create(args[3]);
        byte[][] requests = new byte[args.length - 3][];
        for (int i = 3; i < args.length; i++) {
            URI u = URI.create(args[i]);
            requests[i - 3] = ("GET " + u.getRawPath() + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        int connections = Integer.parseInt(System.getenv().getOrDefault("CONNECTIONS", "16"));

        int total = rate * seconds;
        long[] latency = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger non200 = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        BlockingQueue<long[]> tickets = new LinkedBlockingQueue<>();
        for (int c = 0; c < connections; c++) {
            Thread w = new Thread(() -> work(first, requests, tickets, latency, errors, non200, done), "conn-" + c);
            w.setDaemon(true);
            w.start();
        }
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        long maxLateSend = 0;
        for (int i = 0; i < total; i++) {
            long intended = start + i * period;
            long now;
            while ((now = System.nanoTime()) < intended) LockSupport.parkNanos(intended - now);
            maxLateSend = Math.max(maxLateSend, now - intended);
            tickets.add(new long[] {i, intended});
        }
        long sentIn = System.nanoTime() - start;
        done.await();
        long wall = System.nanoTime() - start;
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        System.out.printf("rate=%d connections=%d sent=%d sent_rate=%.1f/s completed_in=%.2fs p50=%.2fms p90=%.2fms p99=%.2fms "
                        + "p99.9=%.2fms max=%.2fms errors=%d non200=%d max_late_dispatch=%.2fms%n",
                rate, connections, total, total / (sentIn / 1e9), wall / 1e9, ms(pct(sorted, 50)), ms(pct(sorted, 90)),
                ms(pct(sorted, 99)), ms(pct(sorted, 99.9)), ms(sorted[sorted.length - 1]), errors.get(), non200.get(),
                ms(maxLateSend));
        System.exit(errors.get() + non200.get() == 0 ? 0 : 1);
    }

    private static void work(URI target, byte[][] requests, BlockingQueue<long[]> tickets, long[] latency,
                             AtomicInteger errors, AtomicInteger non200, CountDownLatch done) {
        Socket s = null;
        InputStream in = null;
        OutputStream out = null;
        while (true) {
            long[] t;
            try {
                t = tickets.take();
            } catch (InterruptedException e) {
                return;
            }
            int n = (int) t[0];
            try {
                if (s == null) {
                    s = new Socket();
                    s.setTcpNoDelay(true);
                    s.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
                    s.setSoTimeout(10_000);
                    in = new BufferedInputStream(s.getInputStream(), 65536);
                    out = new BufferedOutputStream(s.getOutputStream());
                }
                out.write(requests[n % requests.length]);
                out.flush();
                int status = readResponse(in);
                if (status != 200) non200.incrementAndGet();
            } catch (IOException e) {
                errors.incrementAndGet();
                try {
                    if (s != null) s.close();
                } catch (IOException ignored) {
                    // reconnect on the next ticket
                }
                s = null;
            }
            latency[n] = System.nanoTime() - t[1];
            done.countDown();
        }
    }

    /** Reads one response (Content-Length or chunked body) and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        for (String h; !(h = line(in)).isEmpty(); ) {
            String lower = h.toLowerCase();
            if (lower.startsWith("content-length:")) length = Long.parseLong(h.substring(15).strip());
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        }
        if (chunked) {
            for (long size; (size = Long.parseLong(line(in).split(";")[0].strip(), 16)) > 0; ) {
                skip(in, size);
                line(in);
            }
            while (!line(in).isEmpty()) { /* trailers */ }
        } else if (length > 0) {
            skip(in, length);
        }
        return status;
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() < 0) throw new IOException("connection closed mid-body");
                k = 1;
            }
            n -= k;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) throw new IOException("connection closed");
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }

    private static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
