package dev.hearback.store;

import dev.hearback.plan.Stage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the user decided about one Gmail thread. A null field means "not set": no snooze, no
 * correction, no outcome given by hand.
 *
 * @param snoozedUntil the date the thread comes back, in the user's zone, or null
 * @param dismissed    hidden from the list for good
 * @param correction   the user's word on whether this is an interview process, or null
 * @param outcome      how the process ended as the user reported it, or null
 */
public record ThreadState(String threadId, LocalDate snoozedUntil, boolean dismissed, Correction correction,
                          Outcome outcome) {
    /** The user overrides the classifier: this thread is, or is not, an interview process. */
    public enum Correction { NOT_INTERVIEW, IS_INTERVIEW }

    /** An end of the process that the user set by hand (an offer accepted by phone, say). */
    public enum Outcome {
        OFFER, ACCEPTED, REJECTED, WITHDRAWN;

        /** The planner's stage this outcome puts the thread in. */
        public Stage stage() {
            return Stage.valueOf(name());
        }
    }

    public ThreadState {
        Objects.requireNonNull(threadId, "threadId");
    }

    /** The state of a thread the user never touched. */
    public static ThreadState none(String threadId) {
        return new ThreadState(threadId, null, false, null, null);
    }
}
