package dev.hearback.addon;

/**
 * Stores a snooze or a correction for the user the event belongs to. The server resolves the user
 * from {@code event.userOAuthToken()} (for example Google's {@code sub} from tokeninfo, the same id
 * its sign-in stores) and writes what {@code POST /api/threads/{id}/state} writes.
 */
@FunctionalInterface
public interface ThreadStateWriter {
    void apply(AddonEvent event, String threadId, StateChange change) throws Exception;
}
