package dev.hearback.mail;

import java.time.ZonedDateTime;

/**
 * One VEVENT of a text/calendar part (RFC 5545). {@code start} keeps the event's own zone (its TZID,
 * or UTC); an all-day event starts at 12:00 of its date in UTC-less form, flagged by {@code allDay}.
 */
public record CalendarEvent(
        String uid,
        int sequence,
        String method,
        String status,
        String summary,
        String description,
        ZonedDateTime start,
        boolean allDay,
        Address organizer) {

    public boolean cancelled() {
        return "CANCEL".equalsIgnoreCase(method) || "CANCELLED".equalsIgnoreCase(status);
    }
}
