package dev.hearback.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.cli.DemoMailbox;
import dev.hearback.infer.ThreadFacts;
import dev.hearback.infer.ThreadReader;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.MailboxReader;
import dev.hearback.plan.BusinessCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A thread whose text alone settles that it is no interview process (a newsletter, the user as the
 * interviewer, an invitation to a party) is not read further; the verdict must be the one a full
 * reading gives, and a thread the user says is an interview must still be read in full.
 */
class EarlyVerdictTest {
    private static List<MailThread> demo() throws IOException {
        try (InputStream in = DemoMailbox.open()) {
            return new MailboxReader().readMbox(in).threads();
        }
    }

    @Test
    void stoppingEarlyGivesTheVerdictOfAFullReading() throws IOException {
        AnalysisSettings s = DemoMailbox.settings();
        ThreadReader reader = new ThreadReader(s.me(), s.zone(), BusinessCalendar.of(s.country()));
        int stopped = 0;
        for (MailThread t : demo()) {
            ThreadFacts full = reader.read(t, false);
            ThreadFacts early = reader.read(t, true);
            assertEquals(full.notInterview(), early.notInterview(), t.subject());
            if (early.interviews().isEmpty() && !full.interviews().isEmpty()) stopped++;
            if (full.notInterview() == null) assertEquals(full, early, "an interview thread is read in full: " + t.subject());
        }
        assertTrue(stopped > 0, "the demo has a settled thread that mentions an interview (the user as interviewer)");
    }

    @Test
    void aThreadTheUserCallsAnInterviewIsReadInFull() throws IOException {
        List<MailThread> threads = demo();
        Analysis plain = new Engine().analyze(threads, DemoMailbox.settings());
        Map<String, String> why = plain.ignored().stream().collect(Collectors.toMap(IgnoredThread::threadId, IgnoredThread::why));
        String interviewer = why.entrySet().stream().filter(e -> e.getValue().contains("interviewer")).map(Map.Entry::getKey).findFirst().orElseThrow();

        Analysis corrected = new Engine().analyze(threads, DemoMailbox.settings(), new Corrections(Set.of(), Set.of(interviewer), Map.of()));
        ThreadReport r = corrected.threads().stream().filter(t -> t.threadId().equals(interviewer)).findFirst().orElseThrow();
        assertFalse(corrected.ignored().stream().anyMatch(i -> i.threadId().equals(interviewer)));
        assertNotNull(r.nextInterviewAt(), "its interview date was read, as a full reading finds it: " + r);
        assertEquals(dev.hearback.plan.Stage.SCHEDULED, r.stage());
        assertNotNull(r.company(), "and the employer");
        assertNotNull(r.contact(), "and whom to write to");
    }
}
