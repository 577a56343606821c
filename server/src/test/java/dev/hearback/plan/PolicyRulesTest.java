package dev.hearback.plan;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** policy.md, "Words": business days. */
class PolicyRulesTest {
    private final BusinessCalendar us = BusinessCalendar.of("US");

    @Test
    void businessDay_bdOfFridayIsNextMonday() {
        assertEquals(LocalDate.of(2026, 11, 16), us.plusBusinessDays(LocalDate.of(2026, 11, 13), 1));
    }

    @Test
    void businessDay_skipsVeteransDayAndThanksgiving() {
        assertEquals(LocalDate.of(2026, 11, 12), us.plusBusinessDays(LocalDate.of(2026, 11, 10), 1));
        assertEquals(LocalDate.of(2026, 11, 27), us.plusBusinessDays(LocalDate.of(2026, 11, 25), 1));
        assertEquals(LocalDate.of(2026, 11, 17), us.plusBusinessDays(LocalDate.of(2026, 11, 9), 5));
    }

    @Test
    void businessDay_otherCountriesUseTheirHolidays() {
        BusinessCalendar gb = BusinessCalendar.of("GB");
        assertTrue(gb.isHoliday(LocalDate.of(2026, 12, 25)));
        assertTrue(us.isBusinessDay(LocalDate.of(2026, 12, 28)));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of("XX"));
    }
}
