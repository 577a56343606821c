package dev.hearback.account;

import dev.hearback.cli.DemoMailbox;
import dev.hearback.compose.Draft;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Mailbox;
import dev.hearback.mail.MailboxReader;
import dev.hearback.store.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code serve --demo}: a mailbox read from a file (the bundled demo, or the user's own Takeout
 * export with {@code --mbox}) stands in for Gmail, for every user. There is no
 * Gmail to save drafts in, so a saved draft is kept in memory and shown on the server's own page
 * ({@code /demo/drafts/{id}}), which is what "open the draft" leads to in the demo.
 */
public final class DemoMail implements MailSource, MailAccess {
    private final List<MailThread> threads;
    private final Map<String, MailThread> byId;
    private final Map<String, SavedDraft> drafts = new ConcurrentHashMap<>();
    private final AtomicInteger nextDraft = new AtomicInteger(1);
    private final Supplier<String> baseUrl;

    /** A draft saved in the demo, and the thread it replies to. */
    public record SavedDraft(String id, String threadId, Draft draft) {}

    /** Serves {@code mailbox}'s threads, renamed to the API's hex ids. */
    public DemoMail(Mailbox mailbox, Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
        this.threads = mailbox.threads().stream()
                .map(t -> new MailThread(ApiThreadIds.fromMailboxId(t.id()), t.messages())).toList();
        this.byId = threads.stream().collect(Collectors.toUnmodifiableMap(MailThread::id, Function.identity(), (a, b) -> a));
    }

    /** The demo mailbox bundled in the jar. */
    public static Mailbox bundled() {
        try (InputStream in = DemoMailbox.open()) {
            return new MailboxReader().readMbox(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demo mailbox", e);
        }
    }

    @Override
    public MailAccess open(User user) {
        return this;
    }

    @Override
    public List<MailThread> threads() {
        return threads;
    }

    @Override
    public Optional<MailThread> thread(String threadId) {
        return Optional.ofNullable(byId.get(threadId));
    }

    @Override
    public DraftReceipt saveDraft(MailThread thread, Draft draft) {
        String id = "r-demo-" + nextDraft.getAndIncrement();
        drafts.put(id, new SavedDraft(id, thread.id(), draft));
        return new DraftReceipt(id, id + "-message", baseUrl.get() + "/demo/drafts/" + id);
    }

    public Optional<SavedDraft> draft(String id) {
        return Optional.ofNullable(drafts.get(id));
    }
}
