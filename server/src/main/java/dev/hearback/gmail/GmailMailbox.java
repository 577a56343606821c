package dev.hearback.gmail;

import dev.hearback.compose.Draft;
import dev.hearback.mail.Address;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import java.util.Optional;

/**
 * One user's Gmail, for one request: sync the candidate threads, read one thread, save a reply
 * draft. Made by {@link GmailService}; the sync state lives in the service, so a new mailbox object
 * per request still refreshes incrementally. A {@link GmailAuthException} anywhere also drops the
 * account's state and cached threads.
 */
public final class GmailMailbox {
    private final GmailService service;
    private final String account;
    private final GmailSync sync;
    private final DraftCreator drafts;
    private final QuotaMeter meter;

    GmailMailbox(GmailService service, String account, GmailSync sync, DraftCreator drafts, QuotaMeter meter) {
        this.service = service;
        this.account = account;
        this.sync = sync;
        this.drafts = drafts;
        this.meter = meter;
    }

    /** Incremental refresh when a previous sync is known, else a full sync. */
    public SyncResult sync() throws GmailException {
        return sync(false);
    }

    public SyncResult sync(boolean forceFull) throws GmailException {
        GmailService.Account a = service.account(account);
        a.lock.lock(); // one sync per account at a time; a second caller waits and gets a cheap refresh
        try {
            SyncResult r = sync.sync(a.state, forceFull, new QuotaMeter(meter));
            a.state = r.state();
            return r;
        } catch (GmailAuthException e) {
            service.forget(account);
            throw e;
        } finally {
            a.lock.unlock();
        }
    }

    /** One thread by its Gmail id (hex, as in Gmail's page); empty when Gmail does not know it. */
    public Optional<MailThread> thread(String threadId) throws GmailException {
        try {
            return sync.thread(threadId, service.state(account).orElse(null), new QuotaMeter(meter));
        } catch (GmailAuthException e) {
            service.forget(account);
            throw e;
        }
    }

    /**
     * Saves {@code draft} as a reply to {@code replyTo} in the thread; never sends.
     *
     * @param from the user's address for the From header, or null for the account's default
     */
    public CreatedDraft createDraft(String threadId, Message replyTo, Draft draft, Address from) throws GmailException {
        try {
            return drafts.create(threadId, replyTo, draft, from, new QuotaMeter(meter));
        } catch (GmailAuthException e) {
            service.forget(account);
            throw e;
        }
    }

    /** Replies to the thread's latest message. */
    public CreatedDraft createDraft(MailThread thread, Draft draft, Address from) throws GmailException {
        return createDraft(thread.id(), thread.messages().get(thread.messages().size() - 1), draft, from);
    }

    /** Calls made through this mailbox object and their quota units. */
    public QuotaUsage quota() {
        return meter.snapshot();
    }

    public String account() {
        return account;
    }
}
