package dev.hearback.addonserver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.hearback.addon.GmailContext;
import dev.hearback.addonserver.GoogleTokenInfo.GoogleUser;
import dev.hearback.compose.Draft;
import dev.hearback.gmail.CreatedDraft;
import dev.hearback.gmail.GmailException;
import dev.hearback.gmail.GmailMailbox;
import dev.hearback.gmail.GmailService;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import java.time.Duration;
import java.util.NoSuchElementException;

/**
 * The open thread, read through the real Gmail client with the event's two tokens
 * ({@link GmailService#forAddOn}: {@code Authorization: Bearer userOAuthToken} and
 * {@code X-Goog-Gmail-Access-Token}), and the reply draft saved the same way. Gmail state is kept
 * under the account {@code addon:<sub>}, apart from the signed-in user's own sync.
 *
 * <p>A thread read is kept in memory for {@link #KEEP_FOR} under the user token and thread id, so
 * the card, its draft button and a correction's refreshed card read Gmail once.
 */
final class AddonMail {
    static final Duration KEEP_FOR = Duration.ofSeconds(60);

    private final GmailService gmail;
    private final Cache<String, MailThread> recent = Caffeine.newBuilder()
            .expireAfterWrite(KEEP_FOR).maximumSize(5_000).build();

    AddonMail(GmailService gmail) {
        this.gmail = gmail;
    }

    /** The open thread; NoSuchElementException when Gmail does not have it. */
    MailThread thread(GmailContext ctx, GoogleUser who) throws GmailException {
        String key = GoogleTokenInfo.sha256(ctx.userOAuthToken()) + "/" + ctx.threadId();
        MailThread t = recent.getIfPresent(key);
        if (t != null) return t;
        t = mailbox(ctx, who).thread(ctx.threadId())
                .orElseThrow(() -> new NoSuchElementException("Gmail has no thread " + ctx.threadId()));
        recent.put(key, t);
        return t;
    }

    /** Saves {@code draft} as a reply to {@code replyTo} in the open thread; never sends. */
    CreatedDraft createDraft(GmailContext ctx, GoogleUser who, Message replyTo, Draft draft) throws GmailException {
        return mailbox(ctx, who).createDraft(ctx.threadId(), replyTo, draft, null);
    }

    private GmailMailbox mailbox(GmailContext ctx, GoogleUser who) {
        return gmail.forAddOn("addon:" + who.sub(), ctx.userOAuthToken(), ctx.gmailAccessToken());
    }
}
