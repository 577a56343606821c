package dev.hearback.engine;

import static dev.hearback.engine.TestMailbox.ME;
import static dev.hearback.engine.TestMailbox.only;
import static org.junit.jupiter.api.Assertions.*;

import dev.hearback.plan.ActionType;
import dev.hearback.plan.Stage;
import org.junit.jupiter.api.Test;

/** Ways mail states an interview, read through the real reader and engine into the plan a user sees. */
class InterviewWordingTest {
    private static final String THEM = "them";

    @Test
    void aConfirmationLaidOutAsATable_givesTheInterviewTime() throws Exception {
        TestMailbox box = new TestMailbox().from("1", THEM, "2026-11-03T10:00",
                "Hi Pat,\n\nYour interview for Data Analyst at Acme is confirmed.\n\nWhen\n2026-11-09 15:00 ET (45 min)\nWhere\nZoom\n\nJane");
        ThreadReport r = only(box.analyze("2026-11-05T09:00"), "1");
        assertEquals(Stage.SCHEDULED, r.stage());
        assertEquals("2026-11-09T15:00-05:00", r.nextInterviewAt().toOffsetDateTime().toString());
        assertEquals("2026-11-09 15:00 ET (45 min)", r.nextInterviewEvidence().sentence());
    }

    @Test
    void aTimeRangeIsOneInterview_notTwoOfferedSlots() throws Exception {
        TestMailbox box = new TestMailbox().from("1", THEM, "2026-11-06T16:00",
                "Hi Pat,\n\nWe have you down for Friday, November 13, 10:00am to 2:00pm ET at our office.\n\nJane");
        ThreadReport r = only(box.analyze("2026-11-10T09:00"), "1");
        assertEquals(Stage.SCHEDULED, r.stage());
        assertEquals("2026-11-13T10:00-05:00", r.nextInterviewAt().toOffsetDateTime().toString());
    }

    @Test
    void thanksForTodayFromTheUser_datesTheInterview() throws Exception {
        TestMailbox box = new TestMailbox().from("1", THEM, "2026-11-06T16:00", "Hi Pat,\n\nCould you come in for a final interview for the Data Analyst role next week?\n\nJane")
                .from("1", ME, "2026-11-13T18:00", "Hi Jane,\n\nThank you and the team for today. I enjoyed the case study.\n\nPat");
        ThreadReport r = only(box.analyze("2026-11-16T09:00"), "1");
        assertEquals(Stage.AWAITING, r.stage());
        assertEquals("2026-11-13", r.interviewAt().toLocalDate().toString());
        assertEquals(ActionType.CHECK_IN, r.nextAction().type(), "the note was the thank-you");
        assertEquals("2026-11-20", r.nextAction().due().toString(), "bd(Fri Nov 13, 5)");
    }

    @Test
    void beingAskedToInterviewSomeoneElse_isNotTheUsersInterview() throws Exception {
        TestMailbox box = new TestMailbox().from("1", THEM, "2026-11-12T19:00",
                "Hi Pat,\n\nWe have three finalists for the Coordinator job. Could you interview Luis Ortega with me on Thursday, November 19 at 5:30pm?\n\nJane");
        Analysis a = box.analyze("2026-11-20T09:00");
        assertTrue(a.threads().isEmpty());
        assertEquals("you are the interviewer here, not the candidate", a.ignored().get(0).why());
    }
}
