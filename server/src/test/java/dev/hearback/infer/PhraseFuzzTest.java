package dev.hearback.infer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hearback.plan.BusinessCalendar;
import java.time.LocalDate;

/**
 * Any text as a message body: splitting it into sentences and reading each for dates, times and
 * deadlines never throws and never hangs, whatever the date the message was sent. Seeds in
 * {@code PhraseFuzzTestInputs} hold scheduling and hearing-back sentences and past findings.
 */
class PhraseFuzzTest {
    private static final BusinessCalendar US = BusinessCalendar.of("US");
    private static final LocalDate BASE = LocalDate.of(2026, 11, 12);

    @FuzzTest(maxDuration = "25s")
    void readsAnySentence(FuzzedDataProvider data) {
        LocalDate sent = BASE.plusDays(data.consumeInt(-800, 800));
        String text = data.consumeRemainingAsString();
        for (String s : Sentences.of(text)) {
            DateTimeFinder.find(s, sent, DateTimeFinder.Direction.FUTURE);
            DateTimeFinder.find(s, sent, DateTimeFinder.Direction.PAST);
            DeadlineFinder.read(s, sent, US);
        }
    }
}
