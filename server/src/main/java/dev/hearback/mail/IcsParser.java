package dev.hearback.mail;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Reads the VEVENTs of an iCalendar object (RFC 5545) with ical4j.
 *
 * @see #parse(String) which throws IllegalArgumentException, and nothing else, for text it cannot read
 */
final class IcsParser {
    private IcsParser() {}

    static List<CalendarEvent> parse(String ics) {
        Calendar cal;
        try {
            cal = new CalendarBuilder(CalendarParserFactory.getInstance().get(), IcalFactories.context(), new LazyZoneRegistry())
                    .build(new StringReader(ics));
        } catch (Exception e) {
            throw new IllegalArgumentException("not an iCalendar object: " + e.getMessage(), e);
        }
        String method = cal.getProperty(Property.METHOD).map(Property::getValue).orElse("");
        List<CalendarEvent> out = new ArrayList<>();
        for (VEvent ev : cal.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
            Optional<Property> dtStart = ev.getProperty(Property.DTSTART);
            if (dtStart.isEmpty() || !(dtStart.get() instanceof DtStart<?> start)) continue;
            Start s;
            try {
                s = toZoned(start);
            } catch (DateTimeException e) {
                // ical4j parses a date only when it is read, so a malformed DTSTART surfaces here (found by fuzzing).
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            if (s == null) continue;
            String uid = ev.getProperty(Property.UID).map(Property::getValue).orElse("");
            int seq = ev.getProperty(Property.SEQUENCE).map(p -> parseInt(p.getValue())).orElse(0);
            String status = ev.getProperty(Property.STATUS).map(Property::getValue).orElse("");
            String summary = ev.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
            String description = ev.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
            Address organizer = ev.getProperty(Property.ORGANIZER).map(p -> {
                String mail = p.getValue().replaceFirst("(?i)^mailto:", "");
                String cn = p.getParameter(Parameter.CN).map(Parameter::getValue).orElse("");
                return new Address(cn, mail);
            }).orElse(null);
            out.add(new CalendarEvent(uid, seq, method, status, summary, description, s.at, s.allDay, organizer));
        }
        return out;
    }

    private record Start(ZonedDateTime at, boolean allDay) {}

    /**
     * The start in the event's own zone. A TZID that Java knows (an IANA name) is used as such;
     * one it does not (Outlook's "Eastern Standard Time") is mapped, else ical4j's reading of the
     * VTIMEZONE gives the offset.
     */
    private static Start toZoned(DtStart<?> start) {
        Temporal t = start.getDate();
        Optional<String> tzid = start.getParameter(Parameter.TZID).map(p -> ((TzId) p).getValue());
        if (t instanceof LocalDate d) return new Start(d.atTime(12, 0).atZone(ZoneOffset.UTC), true);
        if (t instanceof ZonedDateTime z) {
            ZoneId zone = tzid.flatMap(WindowsZones::toZoneId).orElse(null);
            if (zone != null) return new Start(z.toLocalDateTime().atZone(zone), false);
            return new Start(z, false);
        }
        if (t instanceof OffsetDateTime o) return new Start(o.toZonedDateTime(), false);
        if (t instanceof Instant i) return new Start(i.atZone(ZoneOffset.UTC), false);
        if (t instanceof LocalDateTime l) {
            ZoneId zone = tzid.flatMap(WindowsZones::toZoneId).orElse(ZoneOffset.UTC);
            return new Start(l.atZone(zone), false);
        }
        return null;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
