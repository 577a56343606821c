package dev.hearback.store;

import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Per-user settings; a user who never changed them gets {@link UserSettings#DEFAULTS}. */
public final class SettingsRepository {
    private static final Logger log = LoggerFactory.getLogger(SettingsRepository.class);

    private final Sql sql;
    private final Clock clock;

    public SettingsRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public SettingsRepository(Database db, Clock clock) {
        this.sql = new Sql(db.dataSource());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public UserSettings get(String userId) {
        return find(userId).orElse(UserSettings.DEFAULTS);
    }

    /** The settings the user saved; empty when they never saved any (the caller picks the defaults). */
    public java.util.Optional<UserSettings> find(String userId) {
        return sql.one("SELECT zone, country, preset FROM user_settings WHERE user_id = ?",
                rs -> stored(userId, rs.getString(1), rs.getString(2), rs.getString(3)), userId);
    }

    /** Replaces the user's settings (merge a partial change with {@code get(...).withZone(...)}). */
    public UserSettings put(String userId, UserSettings settings) {
        Objects.requireNonNull(settings, "settings");
        sql.update("INSERT INTO user_settings (user_id, zone, country, preset, updated_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (user_id) DO UPDATE SET zone = excluded.zone, country = excluded.country, "
                        + "preset = excluded.preset, updated_at = excluded.updated_at",
                userId, settings.zone().getId(), settings.country(), settings.preset().id(), clock.millis());
        return settings;
    }

    /**
     * A stored row that no longer parses (a zone id dropped from a newer tz database) must not
     * lock the user out of the app: fall back to the defaults and say so in the log.
     */
    private static UserSettings stored(String userId, String zone, String country, String preset) {
        try {
            return UserSettings.parse(zone, country, preset);
        } catch (IllegalArgumentException e) {
            log.warn("Stored settings of user {} are no longer valid ({}); using the defaults", userId, e.getMessage());
            return UserSettings.DEFAULTS;
        }
    }
}
