package dev.hearback.mail;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Time-zone names in calendar TZIDs: IANA names as they are, and Outlook's Windows names mapped (CLDR's table, main US/EU ones). */
final class WindowsZones {
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("US Mountain Standard Time", "America/Phoenix"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("Alaskan Standard Time", "America/Anchorage"),
            Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("India Standard Time", "Asia/Kolkata"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("UTC", "UTC"));

    private WindowsZones() {}

    static Optional<ZoneId> toZoneId(String tzid) {
        String id = tzid.strip().replaceFirst("^/", "");
        String mapped = WINDOWS.get(id);
        try {
            return Optional.of(ZoneId.of(mapped != null ? mapped : id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
