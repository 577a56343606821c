package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.plan.BusinessCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Sentences that made DeadlineFinder throw (PhraseFuzzTest's findings, whose inputs are also its
 * seeds): a phrase that names no real date is skipped, the next phrase or rule is read, and the run
 * goes on.
 */
class DeadlineFinderFindingsTest {
    private static final BusinessCalendar US = BusinessCalendar.of("US");
    private static final LocalDate SENT = LocalDate.of(2026, 11, 12);

    @Test
    void dateWithNoValidMonth_isNoDate() {
        DeadlineFinder.Found f = DeadlineFinder.read("We expect to get back to candidates by 22/18.", SENT, US);
        assertFalse(f.stated());
    }

    @Test
    void invalidDate_fallsThroughToTheNextPhrase() {
        DeadlineFinder.Found f = DeadlineFinder.read("We'll get back to you by Feb 30, or by 11/20 at the latest.", SENT, US);
        assertEquals(LocalDate.of(2026, 11, 20), f.deadline());
    }

    @Test
    void zeroOrHugeBusinessDayCounts_stateNoDate() {
        DeadlineFinder.Found zero = DeadlineFinder.read("We'll get back to you within 0 business days.", SENT, US);
        assertTrue(zero.stated());
        assertNull(zero.deadline());
        DeadlineFinder.Found huge = DeadlineFinder.read("We'll get back to you within 2000000000 business days.", SENT, US);
        assertTrue(huge.stated());
        assertNull(huge.deadline());
        DeadlineFinder.Found overflow = DeadlineFinder.read("We'll get back to you within 99999999999 business days.", SENT, US);
        assertFalse(overflow.stated() && overflow.deadline() != null);
    }
}
