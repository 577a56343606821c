package dev.hearback.server;

import dev.hearback.account.DemoMail;
import dev.hearback.cli.DemoMailbox;
import dev.hearback.mail.Mailbox;
import dev.hearback.mail.MailboxReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What {@code serve --demo} serves instead of Gmail: the bundled demo mailbox planned as of its own
 * day, or a Takeout mbox of the user's ({@code --mbox FILE --me ADDRESS}) planned as of now (or
 * {@code --now}). Nothing leaves the machine either way.
 */
public record LocalMailbox(Mailbox mailbox, String me, Clock clock) {
    public static LocalMailbox bundled() {
        return new LocalMailbox(DemoMail.bundled(), DemoMailbox.USER, Clock.fixed(DemoMailbox.CLOCK, ZoneOffset.UTC));
    }

    public static LocalMailbox of(Path mbox, String me, Instant now) {
        try {
            Mailbox mb = new MailboxReader().readMbox(mbox);
            return new LocalMailbox(mb, me, now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mailbox " + mbox + ": " + e.getMessage(), e);
        }
    }
}
