package dev.hearback.account;

import dev.hearback.compose.Draft;
import dev.hearback.mail.MailThread;
import java.util.List;
import java.util.Optional;

/**
 * One user's mail as the server sees it: the candidate interview threads, one thread by its Gmail
 * id, and reply drafts saved in a thread. Implemented over Gmail (production) and over the bundled
 * demo mailbox ({@code serve --demo}). Thread ids are always Gmail's hex form.
 */
public interface MailAccess {
    /** The candidate threads, refreshed from the source. */
    List<MailThread> threads();

    /** One thread by its hex id, also when it is not among the candidates; empty when unknown. */
    Optional<MailThread> thread(String threadId);

    /** Saves {@code draft} as a reply in {@code thread} (never sends). */
    DraftReceipt saveDraft(MailThread thread, Draft draft);
}
