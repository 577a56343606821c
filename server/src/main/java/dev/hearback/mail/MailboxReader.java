package dev.hearback.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a whole mailbox (an mbox file, or a folder of .eml files) into threads. A message that
 * cannot be read is listed under errors and the rest is read on.
 *
 * <p>With more than one worker, an mbox's messages are parsed on that many threads ({@link
 * ParallelMessages}); messages and errors come out in the mbox's order either way, so the result
 * does not depend on the number of workers.
 */
public final class MailboxReader {
    private final MimeMessageReader mime = new MimeMessageReader();
    private final int workers;

    /** Reads on the calling thread only, as a server request should. */
    public MailboxReader() {
        this(1);
    }

    /** Parses an mbox's messages on {@code workers} threads (the command line gives it every core). */
    public MailboxReader(int workers) {
        this.workers = Math.max(1, workers);
    }

    public Mailbox readMbox(InputStream in) throws IOException {
        Collected out = new Collected();
        MboxSplitter splitter = new MboxSplitter(in);
        if (workers == 1) {
            MboxSplitter.Entry e;
            while ((e = splitter.next()) != null) {
                out.add(readOne(e.content(), e::separatorDate, "line " + e.line()));
            }
        } else {
            try (ParallelMessages parallel = new ParallelMessages(workers, this::readOne)) {
                parallel.readAll(splitter, out::add);
            }
        }
        return new Mailbox(ThreadGrouper.group(out.messages), out.errors);
    }

    public Mailbox readMbox(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readMbox(in);
        }
    }

    public Mailbox readEmlFolder(Path dir) throws IOException {
        Collected out = new Collected();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.eml")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                Instant modified = Files.getLastModifiedTime(f).toInstant();
                out.add(readOne(in, () -> modified, f.getFileName().toString()));
            } catch (IOException ex) {
                out.errors.add(new ReadError(f.getFileName().toString(), "unreadable file: " + ex.getMessage()));
            }
        }
        return new Mailbox(ThreadGrouper.group(out.messages), out.errors);
    }

    private static boolean isDraft(Message m) {
        return m.labels().stream().anyMatch(l -> l.equalsIgnoreCase("Drafts") || l.equalsIgnoreCase("Draft"));
    }

    /** One message read: the message (null when skipped) and what was wrong with it. */
    record ReadOne(Message message, List<ReadError> errors) {}

    ReadOne readOne(InputStream in, Supplier<Instant> fallback, String where) throws IOException {
        List<ReadError> errors = new ArrayList<>();
        try {
            MessageAssembler asm = mime.read(in, fallback);
            Message m = asm.build();
            for (String p : asm.problems()) errors.add(new ReadError(where, p));
            // A Takeout export holds unsent drafts too (X-Gmail-Labels: Drafts); like the Gmail
            // adapter's DRAFT label, they are not mail that happened and never count as sent.
            return new ReadOne(isDraft(m) ? null : m, errors);
        } catch (MailFormatException | IllegalArgumentException ex) {
            errors.add(new ReadError(where, "message skipped: " + ex.getMessage()));
        } catch (RuntimeException ex) {
            // A parser bug on hostile input must not stop the run; the message is reported, not lost silently.
            errors.add(new ReadError(where, "message skipped: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        }
        return new ReadOne(null, errors);
    }

    /** Messages and errors in the order their messages appear in the source. */
    private static final class Collected {
        final List<Message> messages = new ArrayList<>();
        final List<ReadError> errors = new ArrayList<>();

        void add(ReadOne r) {
            if (r.message() != null) messages.add(r.message());
            errors.addAll(r.errors());
        }
    }

    /** Joins a buffered head and the unread rest of a message that was too large to buffer. */
    static InputStream rejoin(byte[] head, InputStream rest) {
        return new SequenceInputStream(new ByteArrayInputStream(head), rest);
    }
}
