package dev.hearback.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;
import org.apache.james.mime4j.field.datetime.parser.DateTimeParser;
import org.apache.james.mime4j.field.datetime.parser.ParseException;
import org.apache.james.mime4j.field.datetime.parser.TokenMgrError;

/** A Date header (RFC 5322 section 3.3), read strictly first and then by mime4j's lenient parser. */
record SentDate(Instant instant, ZoneOffset offset) {
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static SentDate parse(String value) {
        if (value == null || value.isBlank()) return null;
        String v = SPACES.matcher(COMMENT.matcher(value).replaceAll("")).replaceAll(" ").strip();
        try {
            OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return new SentDate(t.toInstant(), t.getOffset());
        } catch (DateTimeParseException ignored) {
            // fall through to the lenient parser: real mail has obsolete zones and missing weekdays
        }
        try {
            var dt = new DateTimeParser(new java.io.StringReader(v)).parseAll();
            Date d = dt.getDate();
            int tz = dt.getTimeZone();
            ZoneOffset off = ZoneOffset.ofHoursMinutes(tz / 100, tz % 100);
            return new SentDate(d.toInstant(), off);
        } catch (ParseException | TokenMgrError | RuntimeException e) {
            // mime4j's generated parser signals bad input with TokenMgrError; any of these means "no date".
            return null;
        }
    }
}
