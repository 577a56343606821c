package dev.hearback.account;

import dev.hearback.compose.Draft;
import dev.hearback.gmail.CreatedDraft;
import dev.hearback.gmail.GmailAuthException;
import dev.hearback.gmail.GmailException;
import dev.hearback.gmail.GmailMailbox;
import dev.hearback.gmail.GmailService;
import dev.hearback.mail.Address;
import dev.hearback.mail.MailThread;
import dev.hearback.store.User;
import dev.hearback.store.UserRepository;
import java.util.List;
import java.util.Optional;

/**
 * Production mail: the user's Gmail, through the refresh token stored (encrypted) at sign-in. An
 * {@code invalid_grant} from Google forgets the token, so the user is asked to sign in again
 * rather than failing on every request.
 */
public final class GmailMail implements MailSource {
    private final GmailService gmail;
    private final UserRepository users;

    public GmailMail(GmailService gmail, UserRepository users) {
        this.gmail = gmail;
        this.users = users;
    }

    @Override
    public MailAccess open(User user) {
        String token = users.refreshToken(user.id()).orElseThrow(() -> new SignInAgainException(
                "Hearback has no access to your Gmail any more; sign in again.", null));
        return new Access(user, gmail.forRefreshToken(user.id(), token));
    }

    @Override
    public void forget(User user) {
        gmail.forget(user.id());
    }

    private final class Access implements MailAccess {
        private final User user;
        private final GmailMailbox mailbox;

        Access(User user, GmailMailbox mailbox) {
            this.user = user;
            this.mailbox = mailbox;
        }

        @Override
        public List<MailThread> threads() {
            return call(() -> mailbox.sync().threads());
        }

        @Override
        public Optional<MailThread> thread(String threadId) {
            return call(() -> mailbox.thread(threadId));
        }

        @Override
        public DraftReceipt saveDraft(MailThread thread, Draft draft) {
            CreatedDraft d = call(() -> mailbox.createDraft(thread, draft, new Address("", user.email())));
            return new DraftReceipt(d.draftId(), d.messageId(), d.gmailUrl());
        }

        private <T> T call(GmailCall<T> c) {
            try {
                return c.run();
            } catch (GmailAuthException e) {
                users.clearRefreshToken(user.id());
                throw new SignInAgainException(GmailAuthException.USER_MESSAGE, e);
            } catch (GmailException e) {
                throw new MailUnavailableException("Gmail did not answer as expected (" + e.getMessage() + "); try again in a minute.", e);
            }
        }
    }

    private interface GmailCall<T> {
        T run() throws GmailException;
    }
}
