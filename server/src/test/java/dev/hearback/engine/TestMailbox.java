package dev.hearback.engine;

import dev.hearback.mail.MailThread;
import dev.hearback.mail.Mailbox;
import dev.hearback.mail.MailboxReader;
import dev.hearback.plan.Preset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes small Takeout-style mboxes for tests, so rules are tested through the real reader. */
final class TestMailbox {
    static final String ME = "pat@example.com";
    static final ZoneId NY = ZoneId.of("America/New_York");
    private final StringBuilder mbox = new StringBuilder();
    private int n;

    TestMailbox from(String thread, String who, String when, String body) {
        return add(thread, who, when, body, "");
    }

    TestMailbox add(String thread, String who, String when, String body, String extraHeaders) {
        return write(thread, who, when, body, extraHeaders, who.equals(ME) ? "Sent" : "Inbox");
    }

    /** An unsent reply of the user's, as Takeout exports it: labelled Drafts, never Sent. */
    TestMailbox draft(String thread, String when, String body) {
        return write(thread, ME, when, body, "", "Drafts,Opened");
    }

    private TestMailbox write(String thread, String who, String when, String body, String extraHeaders, String labels) {
        ZonedDateTime t = ZonedDateTime.parse(when + "-05:00[America/New_York]");
        boolean mine = who.equals(ME);
        String from = mine ? "Pat Kim <" + ME + ">" : "Jane Doe <jane@acme.example>";
        n++;
        mbox.append("From ").append(n).append("@xxx ").append(DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT).format(t)).append('\n')
                .append("X-GM-THRID: ").append(thread).append('\n')
                .append("X-Gmail-Labels: ").append(labels).append('\n')
                .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(t)).append('\n')
                .append("Message-ID: <m").append(n).append("@test>\n")
                .append("Subject: Acme - Data Analyst interview\n")
                .append("From: ").append(from).append('\n')
                .append("To: ").append(mine ? "Jane Doe <jane@acme.example>" : "Pat Kim <" + ME + ">").append('\n')
                .append(extraHeaders)
                .append("Content-Type: text/plain; charset=UTF-8\n\n")
                .append(body).append("\n\n");
        return this;
    }

    List<MailThread> threads() throws IOException {
        Mailbox mb = new MailboxReader().readMbox(new ByteArrayInputStream(mbox.toString().getBytes(StandardCharsets.UTF_8)));
        return mb.threads();
    }

    Analysis analyze(String now) throws IOException {
        return analyze(now, Preset.BALANCED);
    }

    Analysis analyze(String now, Preset preset) throws IOException {
        return new Engine().analyze(threads(), new AnalysisSettings(Set.of(ME), ZonedDateTime.parse(now + "-05:00[America/New_York]").toInstant(), NY, "US", preset));
    }

    static ThreadReport only(Analysis a, String thread) {
        return a.threads().stream().filter(t -> t.threadId().equals(thread)).findFirst()
                .orElseThrow(() -> new AssertionError("thread " + thread + " not planned; ignored: " + a.ignored()));
    }

    static final String INVITE = "Hi Pat,\n\nWe'd like to interview you for the Data Analyst position on Tuesday, November 10 at 2:00 PM ET by video.\n\nJane Doe\nRecruiter, Acme";
}
