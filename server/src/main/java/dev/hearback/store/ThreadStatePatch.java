package dev.hearback.store;

import java.time.LocalDate;

/**
 * A partial change to a {@link ThreadState}: only the fields that were set are written, so
 * "snooze this" leaves a correction alone. Setting a field to null clears it, which differs from
 * not setting it. Immutable: each setter returns a new patch.
 */
public final class ThreadStatePatch {
    final boolean setSnooze;
    final LocalDate snoozedUntil;
    final Boolean dismissed;
    final boolean setCorrection;
    final ThreadState.Correction correction;
    final boolean setOutcome;
    final ThreadState.Outcome outcome;

    private ThreadStatePatch(boolean setSnooze, LocalDate snoozedUntil, Boolean dismissed, boolean setCorrection,
                             ThreadState.Correction correction, boolean setOutcome, ThreadState.Outcome outcome) {
        this.setSnooze = setSnooze;
        this.snoozedUntil = snoozedUntil;
        this.dismissed = dismissed;
        this.setCorrection = setCorrection;
        this.correction = correction;
        this.setOutcome = setOutcome;
        this.outcome = outcome;
    }

    /** A patch that changes nothing; start here. */
    public static ThreadStatePatch empty() {
        return new ThreadStatePatch(false, null, null, false, null, false, null);
    }

    /** Snoozes until the date, or unsnoozes with null. */
    public ThreadStatePatch snoozedUntil(LocalDate date) {
        return new ThreadStatePatch(true, date, dismissed, setCorrection, correction, setOutcome, outcome);
    }

    public ThreadStatePatch dismissed(boolean value) {
        return new ThreadStatePatch(setSnooze, snoozedUntil, value, setCorrection, correction, setOutcome, outcome);
    }

    /** Sets the correction, or clears it with null. */
    public ThreadStatePatch correction(ThreadState.Correction value) {
        return new ThreadStatePatch(setSnooze, snoozedUntil, dismissed, true, value, setOutcome, outcome);
    }

    /** Sets the outcome, or clears it with null. */
    public ThreadStatePatch outcome(ThreadState.Outcome value) {
        return new ThreadStatePatch(setSnooze, snoozedUntil, dismissed, setCorrection, correction, true, value);
    }

    public boolean isEmpty() {
        return !setSnooze && dismissed == null && !setCorrection && !setOutcome;
    }

    /** The state after this patch, as the database will hold it. */
    public ThreadState applyTo(ThreadState s) {
        return new ThreadState(s.threadId(),
                setSnooze ? snoozedUntil : s.snoozedUntil(),
                dismissed != null ? dismissed : s.dismissed(),
                setCorrection ? correction : s.correction(),
                setOutcome ? outcome : s.outcome());
    }
}
