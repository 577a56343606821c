package dev.hearback.addonserver;

import dev.hearback.addon.CreatedDraft;
import dev.hearback.addon.DraftCreator;
import dev.hearback.addon.GmailContext;
import dev.hearback.addonserver.GoogleTokenInfo.GoogleUser;
import dev.hearback.engine.ThreadReport;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;

/**
 * "Create follow-up draft": the report's draft saved as a reply in the open thread with the event's
 * tokens ({@code users.drafts.create}: the thread id, {@code In-Reply-To} and {@code References} of
 * the message replied to, its subject with one {@code Re:}). Never sends.
 */
final class AddonDraftCreator implements DraftCreator {
    private final AddonAccounts accounts;
    private final AddonMail mail;

    AddonDraftCreator(AddonAccounts accounts, AddonMail mail) {
        this.accounts = accounts;
        this.mail = mail;
    }

    @Override
    public CreatedDraft create(GmailContext ctx, ThreadReport report) throws Exception {
        if (report.draft() == null) throw new IllegalArgumentException("the report has no draft");
        GoogleUser who = accounts.google(ctx.userOAuthToken());
        MailThread thread = mail.thread(ctx, who);
        dev.hearback.gmail.CreatedDraft d = mail.createDraft(ctx, who, replyTo(thread, report.replyToMessageId()), report.draft());
        return new CreatedDraft(d.draftId(), d.threadId() == null ? ctx.threadId() : d.threadId(), d.messageId());
    }

    /** The message the engine planned the reply to (by Message-ID), else the thread's latest. */
    static Message replyTo(MailThread thread, String messageId) {
        if (thread.messages().isEmpty()) throw new IllegalArgumentException("thread " + thread.id() + " has no message");
        if (messageId != null) {
            for (Message m : thread.messages()) if (messageId.equals(m.messageId())) return m;
        }
        return thread.messages().get(thread.messages().size() - 1);
    }
}
