package dev.hearback.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Cuts an mbox (as Google Takeout writes it: mboxrd, "From " separator lines, "&gt;From " escaped
 * in bodies) into messages, one stream at a time, so memory never grows with the file or with a
 * large message: each message is read through {@link #next()} as an {@link InputStream} that ends
 * at the next separator.
 */
public final class MboxSplitter {
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final java.util.regex.Pattern SEPARATOR_SHAPE =
            java.util.regex.Pattern.compile("From \\S+ +\\w{3} \\w{3} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d .*\\d{4}\\s*");
    private static final int MAX_CHUNK = 64 * 1024;
    private static final DateTimeFormatter SEPARATOR_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    private final InputStream in;
    // Our own read buffer: lines are cut by scanning it, not byte by byte through
    // BufferedInputStream.read(), whose per-byte synchronized call was the main cost of splitting.
    private final byte[] buffer = new byte[1 << 16];
    private int bufferPos;
    private int bufferLen;
    private final byte[] line = new byte[MAX_CHUNK];
    private int lineLen;
    private boolean lineEndsWithNewline;
    private boolean havePending; // a separator line was read and waits for next()
    private long lineNumber;
    private boolean eof;

    public MboxSplitter(InputStream in) {
        this.in = in;
    }

    /**
     * One message of the mbox: the line of its separator, the separator line, and its bytes. The
     * separator's date is parsed only when asked for, so a parallel reader parses it on its worker.
     */
    public record Entry(long line, String separator, InputStream content) {
        /** The date of the separator line ("From id@xxx Fri Oct 09 19:00:00 +0000 2026"), or null. */
        public Instant separatorDate() {
            return MboxSplitter.separatorDate(separator);
        }
    }

    /** The next message, or null at the end. The previous entry's stream must have been read or abandoned. */
    public Entry next() throws IOException {
        if (current != null) current.drain();
        if (!havePending) {
            // Skip anything before the first separator (an empty file has none).
            while (readLine()) {
                if (isSeparator(true)) {
                    havePending = true;
                    break;
                }
                previousBlank = lineEndsWithNewline && blank();
            }
            if (!havePending) return null;
        }
        havePending = false;
        previousBlank = false;
        long at = lineNumber;
        String separator = new String(line, 0, lineLen, StandardCharsets.ISO_8859_1).strip();
        current = new MessageStream();
        return new Entry(at, separator, current);
    }

    private MessageStream current;
    private boolean previousBlank = true;

    private boolean readLine() throws IOException {
        if (eof) return false;
        lineLen = 0;
        lineEndsWithNewline = false;
        while (lineLen < MAX_CHUNK) {
            if (bufferPos >= bufferLen) {
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) break;
                bufferPos = 0;
                bufferLen = n;
                continue;
            }
            // Up to and including the next '\n', at most what the line still has room for.
            int limit = Math.min(bufferLen, bufferPos + (MAX_CHUNK - lineLen));
            int i = bufferPos;
            while (i < limit && buffer[i] != '\n') i++;
            boolean newline = i < limit;
            int end = newline ? i + 1 : limit;
            System.arraycopy(buffer, bufferPos, line, lineLen, end - bufferPos);
            lineLen += end - bufferPos;
            bufferPos = end;
            if (newline) {
                lineEndsWithNewline = true;
                break;
            }
        }
        if (lineLen == 0) {
            eof = true;
            return false;
        }
        lineNumber++;
        return true;
    }

    /**
     * A separator is "From " at the start of a line that follows a blank line (or starts the file),
     * or one shaped like "From sender date ... year" even without the blank line, as some writers do.
     */
    private boolean isSeparator(boolean atLineStart) {
        if (!atLineStart || lineLen < FROM.length) return false;
        for (int i = 0; i < FROM.length; i++) if (line[i] != FROM[i]) return false;
        return previousBlank || SEPARATOR_SHAPE.matcher(new String(line, 0, lineLen, StandardCharsets.ISO_8859_1)).matches();
    }

    private boolean blank() {
        for (int i = 0; i < lineLen; i++) if (line[i] != '\n' && line[i] != '\r') return false;
        return true;
    }

    static Instant separatorDate(String sep) {
        // "From 1878599820902970177@xxx Fri Oct 09 19:00:00 +0000 2026"
        String[] parts = sep.split("\\s+", 3);
        if (parts.length < 3) return null;
        try {
            return ZonedDateTime.parse(parts[2].strip(), SEPARATOR_DATE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The bytes of one message, with mboxrd unescaping, ending before the next separator. */
    private final class MessageStream extends InputStream {
        private final byte[] buf = new byte[MAX_CHUNK];
        private int pos;
        private int len;
        private boolean done;
        private boolean atLineStart = true;

        @Override
        public int read() throws IOException {
            if (pos >= len && !fill()) return -1;
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            if (n == 0) return 0;
            if (pos >= len && !fill()) return -1;
            int k = Math.min(n, len - pos);
            System.arraycopy(buf, pos, b, off, k);
            pos += k;
            return k;
        }

        private boolean fill() throws IOException {
            if (done) return false;
            boolean startOfLine = atLineStart;
            if (!readLine()) {
                done = true;
                return false;
            }
            if (startOfLine && isSeparator(true)) {
                havePending = true;
                done = true;
                return false;
            }
            int from = 0;
            // mboxrd: ">From ", ">>From " ... lose one '>'.
            if (startOfLine && line[0] == '>') {
                int k = 0;
                while (k < lineLen && line[k] == '>') k++;
                if (lineLen - k >= FROM.length && regionIsFrom(k)) from = 1;
            }
            System.arraycopy(line, from, buf, 0, lineLen - from);
            pos = 0;
            len = lineLen - from;
            atLineStart = lineEndsWithNewline;
            previousBlank = startOfLine && lineEndsWithNewline && blank();
            return true;
        }

        private boolean regionIsFrom(int k) {
            for (int i = 0; i < FROM.length; i++) if (line[k + i] != FROM[i]) return false;
            return true;
        }

        void drain() throws IOException {
            while (fill()) {
                pos = len;
            }
        }
    }
}
