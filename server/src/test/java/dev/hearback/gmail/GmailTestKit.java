package dev.hearback.gmail;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.util.Sleeper;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A fake Gmail loaded with the test mailbox, and a GmailService pointed at it. */
final class GmailTestKit implements AutoCloseable {
    static final String ACCOUNT = "user-1";
    static final String[] MBOXES = {"/gmail/interviews.mbox", "/gmail/extra.mbox"};

    /** Sleeps nothing; remembers what it was asked to sleep. */
    static final class RecordingSleeper implements Sleeper {
        final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void sleep(long millis) {
            sleeps.add(millis);
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-20T17:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final FakeGmailServer fake = new FakeGmailServer();
    final RecordingSleeper sleeper = new RecordingSleeper();
    final MutableClock clock = new MutableClock();
    final GmailService service;
    final String refreshToken;

    GmailTestKit() throws IOException {
        this(c -> c);
    }

    GmailTestKit(java.util.function.UnaryOperator<GmailConfig> tweak) throws IOException {
        for (String mbox : MBOXES) {
            try (InputStream in = GmailTestKit.class.getResourceAsStream(mbox)) {
                fake.loadMbox(in);
            }
        }
        refreshToken = fake.newRefreshToken();
        GmailConfig config = tweak.apply(GmailConfig.defaults(FakeGmailServer.CLIENT_ID, FakeGmailServer.CLIENT_SECRET)
                .withEndpoints(fake.rootUrl(), fake.tokenUri()));
        service = new GmailService(config, ThreadCache.defaults(), new NetHttpTransport(), sleeper, clock);
    }

    GmailMailbox mailbox() {
        return service.forRefreshToken(ACCOUNT, refreshToken);
    }

    static InputStream mbox(String name) {
        return GmailTestKit.class.getResourceAsStream(name);
    }

    /** A reply in an existing thread, as Gmail would receive it. */
    FakeGmailServer.FakeMessage receiveReply(String threadIdHex, String messageId, String inReplyTo, String subject, String text)
            throws IOException {
        String raw = "MIME-Version: 1.0\r\n"
                + "Date: Fri, 20 Nov 2026 10:15:00 -0500\r\n"
                + "Message-ID: <" + messageId + ">\r\n"
                + "In-Reply-To: <" + inReplyTo + ">\r\n"
                + "References: <" + inReplyTo + ">\r\n"
                + "Subject: " + subject + "\r\n"
                + "From: Gabriela Ruiz <gabriela.ruiz@windrose.example>\r\n"
                + "To: Sam Rivera <sam.rivera@gmail.com>\r\n"
                + "Content-Type: text/plain; charset=\"UTF-8\"\r\n"
                + "\r\n" + text + "\r\n";
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        return fake.addMessage(raw.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-20T15:15:00Z"), threadIdHex,
                List.of("INBOX", "UNREAD", "CATEGORY_PERSONAL"));
    }

    static MailThread thread(List<MailThread> threads, String id) {
        return threads.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no thread " + id));
    }

    static Message last(MailThread t) {
        return t.messages().get(t.messages().size() - 1);
    }

    static String hex(String decimalThreadId) {
        return Long.toHexString(Long.parseUnsignedLong(decimalThreadId));
    }

    @Override
    public void close() {
        service.close();
        fake.close();
    }
}
