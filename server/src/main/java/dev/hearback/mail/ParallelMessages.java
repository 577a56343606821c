package dev.hearback.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Parses an mbox's messages on worker threads while the caller cuts the next ones out of the file.
 * MIME parsing and body clean-up cost far more than cutting, so they are what is spread over the
 * cores. Results are handed on strictly in mbox order (a window of pending messages is awaited
 * oldest first), so the output is the same as a one-thread read.
 *
 * <p>Memory stays bounded as in the streaming read: at most {@link #WINDOW_PER_WORKER} messages per
 * worker wait in memory, each at most {@link #MAX_BUFFERED} bytes. A larger message (a big
 * attachment) is not buffered: the window is emptied and it is streamed on the calling thread.
 */
final class ParallelMessages implements AutoCloseable {
    static final int MAX_BUFFERED = 1 << 20;
    static final int WINDOW_PER_WORKER = 8;

    /** What reads one message; {@link MailboxReader#readOne} in practice. */
    interface Reader {
        MailboxReader.ReadOne read(InputStream in, Supplier<Instant> fallback, String where) throws IOException;
    }

    private final ExecutorService pool;
    private final Reader reader;
    private final int window;
    private final ArrayDeque<Future<MailboxReader.ReadOne>> pending = new ArrayDeque<>();

    ParallelMessages(int workers, Reader reader) {
        this.pool = Executors.newFixedThreadPool(workers, daemonThreads());
        this.reader = reader;
        this.window = workers * WINDOW_PER_WORKER;
    }

    void readAll(MboxSplitter splitter, Consumer<MailboxReader.ReadOne> out) throws IOException {
        MboxSplitter.Entry e;
        while ((e = splitter.next()) != null) {
            String where = "line " + e.line();
            MboxSplitter.Entry entry = e;
            byte[] head = e.content().readNBytes(MAX_BUFFERED + 1);
            if (head.length > MAX_BUFFERED) {
                while (!pending.isEmpty()) out.accept(next());
                out.accept(reader.read(MailboxReader.rejoin(head, e.content()), e::separatorDate, where));
                continue;
            }
            // The separator's date, if the message needs it at all, is parsed on the worker: on the reading thread it cost as much as cutting.
            pending.add(pool.submit(() -> reader.read(new ByteArrayInputStream(head), entry::separatorDate, where)));
            if (pending.size() >= window) out.accept(next());
        }
        while (!pending.isEmpty()) out.accept(next());
    }

    private MailboxReader.ReadOne next() throws IOException {
        Future<MailboxReader.ReadOne> f = pending.poll();
        try {
            return f.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the mailbox", ex);
        } catch (ExecutionException ex) {
            // Rethrow as the one-thread read would have thrown it.
            Throwable cause = ex.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof UncheckedIOException io) throw io.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "mbox-reader");
            t.setDaemon(true); // never keeps the command line's JVM alive
            return t;
        };
    }
}
