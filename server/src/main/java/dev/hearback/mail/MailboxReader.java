package dev.hearback.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole mailbox (an mbox file, or a folder of .eml files) into threads. A message that
 * cannot be read is listed under errors and the rest is read on.
 */
public final class MailboxReader {
    private final MimeMessageReader mime = new MimeMessageReader();

    public Mailbox readMbox(InputStream in) throws IOException {
        List<Message> messages = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        MboxSplitter splitter = new MboxSplitter(in);
        MboxSplitter.Entry e;
        while ((e = splitter.next()) != null) {
            String where = "line " + e.line();
            readOne(e.content(), e.separatorDate(), where, messages, errors);
        }
        return new Mailbox(ThreadGrouper.group(messages), errors);
    }

    public Mailbox readMbox(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readMbox(in);
        }
    }

    public Mailbox readEmlFolder(Path dir) throws IOException {
        List<Message> messages = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.eml")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                readOne(in, Files.getLastModifiedTime(f).toInstant(), f.getFileName().toString(), messages, errors);
            } catch (IOException ex) {
                errors.add(new ReadError(f.getFileName().toString(), "unreadable file: " + ex.getMessage()));
            }
        }
        return new Mailbox(ThreadGrouper.group(messages), errors);
    }

    private static boolean isDraft(Message m) {
        return m.labels().stream().anyMatch(l -> l.equalsIgnoreCase("Drafts") || l.equalsIgnoreCase("Draft"));
    }

    private void readOne(InputStream in, Instant fallback, String where, List<Message> messages, List<ReadError> errors)
            throws IOException {
        try {
            MessageAssembler asm = mime.read(in, fallback);
            Message m = asm.build();
            // A Takeout export holds unsent drafts too (X-Gmail-Labels: Drafts); like the Gmail
            // adapter's DRAFT label, they are not mail that happened and never count as sent.
            if (isDraft(m)) return;
            messages.add(m);
            for (String p : asm.problems()) errors.add(new ReadError(where, p));
        } catch (MailFormatException | IllegalArgumentException ex) {
            errors.add(new ReadError(where, "message skipped: " + ex.getMessage()));
        } catch (RuntimeException ex) {
            // A parser bug on hostile input must not stop the run; the message is reported, not lost silently.
            errors.add(new ReadError(where, "message skipped: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        }
    }
}
