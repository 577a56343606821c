package dev.hearback.engine;

import static dev.hearback.engine.TestMailbox.INVITE;
import static dev.hearback.engine.TestMailbox.ME;
import static dev.hearback.engine.TestMailbox.only;
import static org.junit.jupiter.api.Assertions.*;

import dev.hearback.plan.ActionType;
import org.junit.jupiter.api.Test;

/**
 * A Google Takeout mbox also exports unsent drafts (X-Gmail-Labels: Drafts). A draft is not mail
 * the user sent: it must not count as a follow-up, nor show up in the thread at all.
 */
class TakeoutDraftsTest {
    private static TestMailbox interviewedNov10() {
        return new TestMailbox().from("1", "them", "2026-11-05T10:00", INVITE)
                .from("1", ME, "2026-11-05T11:00", "Hi Jane,\n\nConfirmed, see you then.\n\nPat")
                .from("1", ME, "2026-11-10T17:00", "Hi Jane,\n\nThank you for today's interview.\n\nPat");
    }

    @Test
    void anUnsentCheckInDraft_isNotAFollowUp() throws Exception {
        TestMailbox box = interviewedNov10().draft("1", "2026-11-18T09:00", "Hi Jane,\n\nI wanted to check in on the Data Analyst role.\n\nPat");
        ThreadReport r = only(box.analyze("2026-11-19T09:00"), "1");
        assertEquals(0, r.followUpsSent(), "the draft was never sent");
        assertEquals(ActionType.CHECK_IN, r.nextAction().type(), "the check-in is still to be sent");
        assertEquals("2026-11-18", r.nextAction().due().toString());
    }

    @Test
    void draftsAreLeftOutOfTheThread_sentMailIsKept() throws Exception {
        TestMailbox box = interviewedNov10().draft("1", "2026-11-18T09:00", "Hi Jane,\n\nJust checking in.\n\nPat");
        assertEquals(3, box.threads().get(0).messages().size());
        assertTrue(box.threads().get(0).messages().stream().noneMatch(m -> m.labels().contains("Drafts")));
    }
}
