package dev.hearback.engine;

import static dev.hearback.engine.TestMailbox.INVITE;
import static dev.hearback.engine.TestMailbox.ME;
import static dev.hearback.engine.TestMailbox.only;
import static org.junit.jupiter.api.Assertions.*;

import dev.hearback.plan.ActionType;
import dev.hearback.plan.Preset;
import dev.hearback.plan.Stage;
import org.junit.jupiter.api.Test;

/** policy.md's stage and next-action rules, one test per rule, through the real reader and engine. */
class NextActionRulesTest {
    private static final String THEM = "them";

    private static TestMailbox interviewedNov10() {
        return new TestMailbox().from("1", THEM, "2026-11-05T10:00", INVITE)
                .from("1", ME, "2026-11-05T11:00", "Hi Jane,\n\nConfirmed, see you then.\n\nPat");
    }

    @Test
    void stageScheduled_whenAnInterviewIsAhead() throws Exception {
        ThreadReport r = only(interviewedNov10().analyze("2026-11-09T12:00"), "1");
        assertEquals(Stage.SCHEDULED, r.stage());
        assertEquals(ActionType.NONE, r.nextAction().type());
        assertEquals("2026-11-10", r.nextAction().due().toString());
    }

    @Test
    void thankYou_dueOnInterviewDayWhileWithinTwoBusinessDays() throws Exception {
        ThreadReport r = only(interviewedNov10().analyze("2026-11-12T09:00"), "1");
        assertEquals(ActionType.THANK_YOU, r.nextAction().type());
        assertEquals("2026-11-10", r.nextAction().due().toString());
        assertTrue(r.nextAction().dueNow());
    }

    @Test
    void checkIn_fiveBusinessDaysAfterInterviewWithoutDeadline() throws Exception {
        ThreadReport r = only(interviewedNov10().analyze("2026-11-16T09:00"), "1");
        assertEquals(ActionType.CHECK_IN, r.nextAction().type());
        assertEquals("2026-11-18", r.nextAction().due().toString(), "bd(Nov 10, 5) skips Veterans Day");
    }

    @Test
    void checkIn_dayAfterTheirDeadline() throws Exception {
        TestMailbox box = interviewedNov10().from("1", THEM, "2026-11-11T09:00", "Thanks Pat, we'll get back to you by Friday.\n\nJane");
        ThreadReport r = only(box.analyze("2026-11-16T09:00"), "1");
        assertEquals(ActionType.CHECK_IN, r.nextAction().type());
        assertEquals("2026-11-13", r.deadline().toString());
        assertEquals("2026-11-16", r.nextAction().due().toString());
        assertEquals("Thanks Pat, we'll get back to you by Friday.", r.deadlineEvidence().sentence());
    }

    @Test
    void thankYouNote_isNotCountedAsAFollowUp() throws Exception {
        TestMailbox box = interviewedNov10().from("1", ME, "2026-11-10T17:00", "Hi Jane,\n\nThank you for today's interview.\n\nPat");
        ThreadReport r = only(box.analyze("2026-11-16T09:00"), "1");
        assertEquals(ActionType.CHECK_IN, r.nextAction().type());
        assertEquals(0, r.followUpsSent());
        assertEquals("2026-11-10", r.progress().thankYou().toString());
    }

    @Test
    void followUp_finalNote_moveOn_fiveBusinessDaysAfterYourLast() throws Exception {
        TestMailbox box = interviewedNov10().from("1", ME, "2026-11-18T09:00", "Hi Jane,\n\nChecking in on the role.\n\nPat");
        ThreadReport one = only(box.analyze("2026-11-19T09:00"), "1");
        assertEquals(ActionType.FOLLOW_UP, one.nextAction().type());
        assertEquals("2026-11-25", one.nextAction().due().toString());
        box.from("1", ME, "2026-11-25T09:00", "Hi Jane,\n\nFollowing up on my note.\n\nPat");
        ThreadReport two = only(box.analyze("2026-11-25T12:00"), "1");
        assertEquals(ActionType.FINAL_NOTE, two.nextAction().type());
        assertEquals("2026-12-03", two.nextAction().due().toString(), "Thanksgiving is skipped");
        box.from("1", ME, "2026-12-03T09:00", "Hi Jane,\n\nOne last note.\n\nPat");
        ThreadReport three = only(box.analyze("2026-12-03T12:00"), "1");
        assertEquals(ActionType.MOVE_ON, three.nextAction().type());
        assertNull(three.draft(), "MOVE_ON comes without a draft");
    }

    @Test
    void theirAnswer_restartsTheCount() throws Exception {
        TestMailbox box = interviewedNov10().from("1", ME, "2026-11-18T09:00", "Hi Jane,\n\nChecking in on the role.\n\nPat")
                .from("1", THEM, "2026-11-19T09:00", "Hi Pat, still interviewing, thanks for your patience.\n\nJane");
        ThreadReport r = only(box.analyze("2026-11-19T12:00"), "1");
        assertEquals(ActionType.CHECK_IN, r.nextAction().type());
        assertEquals("2026-11-27", r.nextAction().due().toString(), "bd(Nov 19, 5) skips Thanksgiving");
    }

    @Test
    void automaticReply_isNotAnAnswer_andHoldsActionsUntilTheyAreBack() throws Exception {
        TestMailbox box = interviewedNov10().from("1", ME, "2026-11-18T09:00", "Hi Jane,\n\nChecking in on the role.\n\nPat")
                .add("1", THEM, "2026-11-18T09:01", "I am out of the office until Monday, November 30 with limited access to email.", "Auto-Submitted: auto-replied\n");
        ThreadReport r = only(box.analyze("2026-11-26T12:00"), "1");
        assertEquals(ActionType.FOLLOW_UP, r.nextAction().type(), "the auto-reply did not restart the count");
        assertEquals("2026-12-01", r.nextAction().due().toString(), "bd(Nov 30, 1)");
    }

    @Test
    void deadline_statedBeforeTheirLatestAnswerNoLongerCounts() throws Exception {
        TestMailbox box = interviewedNov10().from("1", THEM, "2026-11-11T09:00", "We'll get back to you by Friday.\n\nJane")
                .from("1", THEM, "2026-11-16T09:00", "Hi Pat, the panel is still meeting candidates.\n\nJane");
        ThreadReport r = only(box.analyze("2026-11-17T09:00"), "1");
        assertNull(r.deadline(), "Nov 13 is before B (Nov 16)");
        assertEquals("2026-11-23", r.nextAction().due().toString());
    }

    @Test
    void rejected_requestFeedbackUntilAnswered() throws Exception {
        TestMailbox box = interviewedNov10().from("1", THEM, "2026-11-17T09:00", "Hi Pat,\n\nUnfortunately, we have decided to move forward with other candidates.\n\nJane");
        ThreadReport r = only(box.analyze("2026-11-18T09:00"), "1");
        assertEquals(Stage.REJECTED, r.stage());
        assertEquals(ActionType.REQUEST_FEEDBACK, r.nextAction().type());
        box.from("1", ME, "2026-11-18T10:00", "Hi Jane,\n\nThank you for letting me know.\n\nPat");
        assertEquals(ActionType.NONE, only(box.analyze("2026-11-18T12:00"), "1").nextAction().type());
    }

    @Test
    void offer_thenAccepted_withdrawsEveryOtherOpenProcess() throws Exception {
        TestMailbox box = interviewedNov10().from("1", THEM, "2026-11-16T09:00", "Hi Pat,\n\nWe are delighted to offer you the Data Analyst position!\n\nJane");
        assertEquals(Stage.OFFER, only(box.analyze("2026-11-16T12:00"), "1").stage());
        box.from("1", ME, "2026-11-17T09:00", "Hi Jane,\n\nI'm thrilled to accept the offer.\n\nPat")
                .from("2", THEM, "2026-11-05T10:00", INVITE.replace("Tuesday, November 10", "Friday, November 13"));
        var a = box.analyze("2026-11-18T12:00");
        assertEquals(Stage.ACCEPTED, only(a, "1").stage());
        ThreadReport other = only(a, "2");
        assertEquals(ActionType.WITHDRAW, other.nextAction().type());
        assertEquals("2026-11-17", other.nextAction().due().toString());
        assertNotNull(other.draft());
    }

    @Test
    void withdrawn_winsOverEveryOtherStage() throws Exception {
        TestMailbox box = interviewedNov10().from("1", ME, "2026-11-12T09:00", "Hi Jane,\n\nI'd like to withdraw my application.\n\nPat");
        ThreadReport r = only(box.analyze("2026-11-13T09:00"), "1");
        assertEquals(Stage.WITHDRAWN, r.stage());
        assertEquals(ActionType.NONE, r.nextAction().type());
    }

    @Test
    void presetPatient_waitsTwoWeeks() throws Exception {
        ThreadReport r = only(interviewedNov10().analyze("2026-11-16T09:00", Preset.PATIENT), "1");
        assertEquals(ActionType.CHECK_IN, r.nextAction().type());
        assertEquals("2026-11-24", r.nextAction().due().toString());
    }

    @Test
    void presetAssertive_callsAfterTwoSilentBusinessDays() throws Exception {
        TestMailbox box = interviewedNov10().from("1", ME, "2026-11-16T09:00", "Hi Jane,\n\nChecking in.\n\nPat");
        ThreadReport r = only(box.analyze("2026-11-19T09:00", Preset.ASSERTIVE), "1");
        assertEquals(ActionType.CALL, r.nextAction().type());
        assertEquals("2026-11-18", r.nextAction().due().toString());
    }

    @Test
    void rescheduledInterview_replacesTheOldTime() throws Exception {
        TestMailbox box = interviewedNov10().from("1", THEM, "2026-11-09T09:00", "Hi Pat,\n\nSomething came up; could we move it to Thursday, November 12 at 3pm ET instead?\n\nJane")
                .from("1", ME, "2026-11-09T10:00", "Hi Jane,\n\nThursday at 3 works.\n\nPat");
        ThreadReport r = only(box.analyze("2026-11-11T09:00"), "1");
        assertEquals(Stage.SCHEDULED, r.stage());
        assertEquals("2026-11-12T15:00-05:00", r.nextInterviewAt().toOffsetDateTime().toString());
        assertNull(r.interviewAt(), "the Nov 10 time was replaced");
    }
}
