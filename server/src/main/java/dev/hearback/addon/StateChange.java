package dev.hearback.addon;

/** What a card button asks to change about a thread (docs/api.md, {@code POST /api/threads/{id}/state}). */
public sealed interface StateChange {
    /** Hide the thread's next action for {@code days} days ({@code {"snoozeDays": days}}). */
    record Snooze(int days) implements StateChange {
        public Snooze {
            if (days < 1 || days > 30) throw new IllegalArgumentException("snooze days must be 1 to 30");
        }
    }

    /** The user says whether the thread is an interview ({@code {"correction": "NOT_INTERVIEW"|"IS_INTERVIEW"}}). */
    record Correction(Kind kind) implements StateChange {
        public enum Kind { NOT_INTERVIEW, IS_INTERVIEW }

        public Correction {
            if (kind == null) throw new IllegalArgumentException("correction kind is required");
        }
    }
}
