package dev.hearback.account;

import dev.hearback.store.User;

/** Opens a user's mail: Gmail with their stored Google grant, or the demo mailbox. */
public interface MailSource {
    MailAccess open(User user);

    /** The user signed out of Google or revoked access: drop what is held for them. */
    default void forget(User user) {}
}
