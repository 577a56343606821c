package dev.hearback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.plan.Preset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsRepositoryTest {
    @RegisterExtension
    static final TestDatabases dbs = new TestDatabases();

    private static String newUser(Database db, String sub) {
        return new UserRepository(db, TokenCipher.fromKeyset(TokenCipher.newKeysetJson()))
                .upsert(sub, sub + "@example.com").id();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNewUserHasTheDefaults(Backend backend) {
        Database db = dbs.open(backend);
        UserSettings s = new SettingsRepository(db).get(newUser(db, "a"));
        assertEquals(ZoneId.of("America/New_York"), s.zone());
        assertEquals("US", s.country());
        assertEquals(Preset.BALANCED, s.preset());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void putReplacesAndGetReadsBackPerUser(Backend backend) {
        Database db = dbs.open(backend);
        String alice = newUser(db, "a");
        String bob = newUser(db, "b");
        SettingsRepository settings = new SettingsRepository(db);
        UserSettings paris = UserSettings.parse("Europe/Paris", "fr", "patient");
        assertEquals(paris, settings.put(alice, paris));
        assertEquals(new UserSettings(ZoneId.of("Europe/Paris"), "FR", Preset.PATIENT), settings.get(alice));
        assertEquals(UserSettings.DEFAULTS, settings.get(bob), "another user is untouched");

        UserSettings assertive = settings.get(alice).withPreset("assertive");
        settings.put(alice, assertive);
        assertEquals(new UserSettings(ZoneId.of("Europe/Paris"), "FR", Preset.ASSERTIVE), settings.get(alice),
                "a partial change keeps the other fields");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void findTellsSavedSettingsFromTheDefaults(Backend backend) {
        Database db = dbs.open(backend);
        String alice = newUser(db, "a");
        SettingsRepository settings = new SettingsRepository(db);
        assertEquals(java.util.Optional.empty(), settings.find(alice), "never saved: the caller picks the defaults");
        settings.put(alice, UserSettings.DEFAULTS);
        assertEquals(java.util.Optional.of(UserSettings.DEFAULTS), settings.find(alice), "saved, even when equal to the defaults");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void settingsForAnUnknownUserAreRefused(Backend backend) {
        SettingsRepository settings = new SettingsRepository(dbs.open(backend));
        assertThrows(StoreException.class, () -> settings.put("no-such-user", UserSettings.DEFAULTS));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoredZoneThatNoLongerParsesFallsBackToTheDefaults(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        String user = newUser(db, "a");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user_settings (user_id, zone, country, preset, updated_at) VALUES (?, 'Mars/Olympus', 'US', 'patient', 0)")) {
            ps.setString(1, user);
            ps.executeUpdate();
        }
        assertEquals(UserSettings.DEFAULTS, new SettingsRepository(db).get(user));
    }

    @Test
    void invalidValuesAreRejectedWithASentence() {
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class,
                () -> UserSettings.DEFAULTS.withZone("Mars/Olympus"));
        assertTrue(zone.getMessage().contains("Mars/Olympus"), zone.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UserSettings.DEFAULTS.withZone("+05:00"),
                "an offset is not a place with holidays and DST");
        assertThrows(IllegalArgumentException.class, () -> UserSettings.DEFAULTS.withZone(null));
        assertThrows(IllegalArgumentException.class, () -> UserSettings.DEFAULTS.withCountry("XX"));
        assertThrows(IllegalArgumentException.class, () -> UserSettings.DEFAULTS.withCountry("USA"));
        assertThrows(IllegalArgumentException.class, () -> UserSettings.DEFAULTS.withPreset("pushy"));
        assertThrows(IllegalArgumentException.class, () -> UserSettings.DEFAULTS.withPreset(null));
        assertThrows(IllegalArgumentException.class, () -> UserSettings.DEFAULTS.withCountry(null));
        assertEquals("GB", UserSettings.DEFAULTS.withCountry(" gb ").country());
    }
}
