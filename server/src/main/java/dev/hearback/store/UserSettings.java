package dev.hearback.store;

import dev.hearback.plan.Preset;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A user's settings: the time zone that dates and business days are read in, the country whose
 * public holidays count, and the planner's timing preset. Always valid once built.
 *
 * @param zone    an IANA region id such as America/New_York (not a bare offset)
 * @param country an ISO 3166-1 alpha-2 code, upper case
 */
public record UserSettings(ZoneId zone, String country, Preset preset) {
    // Declared before DEFAULTS: building DEFAULTS validates against it.
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static final UserSettings DEFAULTS =
            new UserSettings(ZoneId.of("America/New_York"), "US", Preset.BALANCED);

    public UserSettings {
        Objects.requireNonNull(zone, "zone");
        if (country == null) throw new IllegalArgumentException("missing country (use an ISO code such as US)");
        Objects.requireNonNull(preset, "preset");
        if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
            throw new IllegalArgumentException("unknown time zone '" + zone.getId() + "' (use an IANA id such as America/New_York)");
        }
        country = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("unknown country '" + country + "' (use an ISO code such as US)");
        }
    }

    /** Parses the text form used by the API and the database; IllegalArgumentException says what is wrong. */
    public static UserSettings parse(String zone, String country, String preset) {
        return new UserSettings(parseZone(zone), country, parsePreset(preset));
    }

    public UserSettings withZone(String zoneId) {
        return new UserSettings(parseZone(zoneId), country, preset);
    }

    public UserSettings withCountry(String isoCountry) {
        return new UserSettings(zone, isoCountry, preset);
    }

    public UserSettings withPreset(String presetId) {
        return new UserSettings(zone, country, parsePreset(presetId));
    }

    private static Preset parsePreset(String presetId) {
        if (presetId == null) throw new IllegalArgumentException("missing preset (balanced, patient or assertive)");
        return Preset.parse(presetId);
    }

    private static ZoneId parseZone(String zoneId) {
        if (zoneId == null || !ZoneId.getAvailableZoneIds().contains(zoneId.strip())) {
            throw new IllegalArgumentException("unknown time zone '" + zoneId + "' (use an IANA id such as America/New_York)");
        }
        return ZoneId.of(zoneId.strip());
    }
}
