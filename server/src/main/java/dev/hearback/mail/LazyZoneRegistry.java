package dev.hearback.mail;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryImpl;

/**
 * The time-zone registry of one calendar parse. ical4j's own registry turns every VTIMEZONE it is
 * given into java.time zone rules by expanding its RRULEs over the years (ZoneRulesBuilder), which
 * was 40% of {@code analyze}'s time on a large mailbox, and it allocates a JVM-wide zone id for each
 * one, which is never freed. Invitations from Google Calendar and Outlook name zones Java already
 * knows ("America/New_York", "Eastern Standard Time"), and {@link IcsParser} reads such starts in
 * that Java zone anyway, so for them the VTIMEZONE is kept but never expanded. Only a zone Java
 * cannot name is handed to ical4j's registry, which builds its rules from the VTIMEZONE as before.
 */
final class LazyZoneRegistry implements TimeZoneRegistry {
    private final Map<String, TimeZone> registered = new LinkedHashMap<>();
    private final Map<String, ZoneId> known = new HashMap<>();
    private TimeZoneRegistry ical4j; // made only when a zone Java cannot name needs its VTIMEZONE's rules

    @Override
    public void register(TimeZone timezone) {
        register(timezone, false);
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        String id = timezone.getID();
        registered.put(id, timezone);
        Optional<ZoneId> java = WindowsZones.toZoneId(id);
        if (java.isPresent()) {
            known.put(id, java.get());
        } else {
            delegate().register(timezone, update);
        }
    }

    @Override
    public void clear() {
        registered.clear();
        known.clear();
        if (ical4j != null) ical4j.clear();
    }

    @Override
    public TimeZone getTimeZone(String id) {
        TimeZone tz = registered.get(id);
        return tz != null ? tz : delegate().getTimeZone(id);
    }

    /** Non-empty once any VTIMEZONE was registered: ical4j then asks {@link #getZoneId} for a TZID. */
    @Override
    public Map<String, ZoneRules> getZoneRules() {
        Map<String, ZoneRules> rules = new LinkedHashMap<>();
        known.forEach((id, zone) -> rules.put(id, zone.getRules()));
        if (ical4j != null) rules.putAll(ical4j.getZoneRules());
        return rules;
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        ZoneId zone = known.get(tzId);
        return zone != null ? zone : delegate().getZoneId(tzId);
    }

    @Override
    public String getTzId(String zoneId) {
        for (Map.Entry<String, ZoneId> e : known.entrySet()) {
            if (e.getValue().getId().equals(zoneId)) return e.getKey();
        }
        return delegate().getTzId(zoneId);
    }

    private TimeZoneRegistry delegate() {
        if (ical4j == null) ical4j = new TimeZoneRegistryImpl();
        return ical4j;
    }
}
