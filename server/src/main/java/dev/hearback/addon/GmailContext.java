package dev.hearback.addon;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What reading the open thread takes: the user's OAuth token (send as {@code Authorization: Bearer}),
 * the per-message Gmail access token (send as {@code X-Goog-Gmail-Access-Token}), and the open thread
 * and message in the REST API's hex form. {@link #toString()} never prints a token.
 *
 * @param zone the user's zone when Google sent it, else null
 */
public record GmailContext(String userOAuthToken, String gmailAccessToken, String threadId, String messageId, ZoneId zone) {
    public GmailContext {
        if (userOAuthToken == null || gmailAccessToken == null) throw new IllegalArgumentException("tokens are required");
        if (!GmailIds.isApiId(threadId)) throw new IllegalArgumentException("thread id must be Gmail's hex id");
        if (messageId != null && !GmailIds.isApiId(messageId)) messageId = null;
    }

    /** The context of an event about an open message, or empty when it is not about one. */
    public static Optional<GmailContext> of(AddonEvent e) {
        if (!e.hasGmailContext()) return Optional.empty();
        return Optional.of(new GmailContext(e.userOAuthToken(), e.gmailAccessToken(), e.apiThreadId().orElseThrow(),
                e.apiMessageId().orElse(null), e.timeZone()));
    }

    @Override
    public String toString() {
        return "GmailContext[threadId=" + threadId + ", messageId=" + messageId + ", zone=" + zone + ", tokens=<redacted>]";
    }
}
