package dev.hearback.plan;

/** The one next action of a thread (policy.md, "Next action"). */
public enum ActionType {
    THANK_YOU, CHECK_IN, FOLLOW_UP, FINAL_NOTE, MOVE_ON, REQUEST_FEEDBACK, WITHDRAW, CALL, ESCALATE, NONE;

    /** NONE and MOVE_ON come without a composed reply (policy.md, "Composed messages"). */
    public boolean hasDraft() {
        return this != NONE && this != MOVE_ON;
    }
}
