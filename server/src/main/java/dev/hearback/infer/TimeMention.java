package dev.hearback.infer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A date (and maybe a time and zone) named in a sentence, resolved against the message's date.
 * {@code time} and {@code zone} may be null: a date alone, or a time in no stated zone.
 */
public record TimeMention(LocalDate date, LocalTime time, ZoneId zone, String text) {
    /** The instant in the stated zone, else in {@code fallback}; a date alone is taken at 12:00. */
    public ZonedDateTime at(ZoneId fallback) {
        LocalTime t = time == null ? LocalTime.NOON : time;
        return date.atTime(t).atZone(zone == null ? fallback : zone);
    }

    public boolean hasTime() {
        return time != null;
    }
}
