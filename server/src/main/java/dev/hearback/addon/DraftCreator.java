package dev.hearback.addon;

import dev.hearback.engine.ThreadReport;

/**
 * Saves {@code report.draft()} as a reply draft in {@code ctx.threadId()} (never sends): the server
 * implements this with {@code POST /gmail/v1/users/me/drafts} carrying {@code message.threadId},
 * {@code In-Reply-To}/{@code References} of {@code report.replyToMessageId()} and the same subject,
 * authorized by {@code ctx.userOAuthToken()} plus {@code X-Goog-Gmail-Access-Token}
 * (scope {@code gmail.addons.current.action.compose}).
 */
@FunctionalInterface
public interface DraftCreator {
    CreatedDraft create(GmailContext ctx, ThreadReport report) throws Exception;
}
