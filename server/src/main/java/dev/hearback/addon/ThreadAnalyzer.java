package dev.hearback.addon;

import dev.hearback.engine.ThreadVerdict;

/**
 * Reads the open thread from Gmail with the event's tokens and runs the engine on it. The server
 * implements this: {@code GET /gmail/v1/users/me/threads/{ctx.threadId()}} with
 * {@code Authorization: Bearer ctx.userOAuthToken()} and
 * {@code X-Goog-Gmail-Access-Token: ctx.gmailAccessToken()}, then the engine with the user's
 * settings and corrections (a correction outranks inference).
 */
@FunctionalInterface
public interface ThreadAnalyzer {
    ThreadVerdict analyze(GmailContext ctx) throws Exception;
}
