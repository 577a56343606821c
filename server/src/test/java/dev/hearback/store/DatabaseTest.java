package dev.hearback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseTest {
    @RegisterExtension
    static final TestDatabases dbs = new TestDatabases();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migrationCreatesTheSchema(Backend backend) throws Exception {
        Database db = dbs.open(backend);
        Set<String> tables = new TreeSet<>();
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) tables.add(rs.getString("TABLE_NAME").toLowerCase());
        }
        assertTrue(tables.containsAll(Set.of("users", "sessions", "oauth_states", "user_settings",
                "thread_states", "sync_cursors")), tables.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void openingTwiceMigratesOnceAndKeepsTheData(Backend backend) throws Exception {
        String url = dbs.url(backend);
        String userId;
        try (Database first = Database.open(url, dbs.user(backend), null)) {
            userId = new UserRepository(first, TokenCipher.fromKeyset(TokenCipher.newKeysetJson()))
                    .upsert("sub-1", "a@example.com").id();
        }
        try (Database second = Database.open(url, dbs.user(backend), null);
             Connection c = second.dataSource().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = "
                    + (backend == Backend.SQLITE ? "1" : "TRUE") + " AND version IS NOT NULL")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one migration recorded, applied once");
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM users")) {
                rs.next();
                assertEquals(userId, rs.getString(1));
            }
        }
    }

    @Test
    void theListedMigrationsAreEveryFileOfTheFolder() throws Exception {
        URL folder = Database.class.getClassLoader().getResource("db/migration");
        assertEquals("file", folder.getProtocol(), "the tests read db/migration from the build's classes folder");
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
            files = list.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertEquals(files, Database.MIGRATION_SCRIPTS, "a new file in db/migration is listed in Database.MIGRATION_SCRIPTS");
    }

    /** What Flyway would find by scanning the classpath itself: the same migrations, read the same. */
    @Test
    void theListedMigrationsAreWhatFlywaysScanFinds() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            Flyway scanning = Flyway.configure().dataSource(db.dataSource()).locations(Database.MIGRATIONS)
                    .failOnMissingLocations(true).load();
            assertEquals(describe(scanning.info().all()), describe(Database.migrations(db.dataSource()).load().info().all()));
            assertEquals(Database.MIGRATION_SCRIPTS.size(), scanning.info().applied().length);
        }
    }

    /** A database migrated before the scripts were listed (when Flyway scanned for them) opens and validates unchanged. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDatabaseMigratedByFlywaysScanOpensUnchanged(Backend backend) {
        String url = dbs.url(backend);
        Flyway scanning = Flyway.configure().dataSource(url, dbs.user(backend), null).locations(Database.MIGRATIONS).load();
        scanning.migrate();
        String before = describe(scanning.info().all());
        try (Database db = Database.open(url, dbs.user(backend), null)) {
            assertEquals(before, describe(Database.migrations(db.dataSource()).load().info().all()));
        }
    }

    private static String describe(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(m -> m.getVersion() + " " + m.getDescription() + " " + m.getScript() + " "
                + m.getChecksum() + " " + m.getType()).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void foreignKeysAreEnforced(Backend backend) {
        Database db = dbs.open(backend);
        SessionStore sessions = new SessionStore(db);
        assertThrows(StoreException.class, () -> sessions.create("no-such-user", java.time.Duration.ofHours(1)));
    }

    @Test
    void sqliteConnectionsHaveForeignKeysBusyTimeoutAndWal() throws Exception {
        Database db = dbs.open(Backend.SQLITE);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, pragma(s, "foreign_keys"));
            assertEquals(Database.SQLITE_BUSY_TIMEOUT_MS, pragma(s, "busy_timeout"));
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1).toLowerCase());
            }
        }
    }

    @Test
    void sqliteInMemoryWorksOnItsOneConnection() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            assertEquals(Optional.empty(), db.sqliteFile());
            UserRepository users = new UserRepository(db, KeysetLoader.cipherFor(db, Map.of()));
            String id = users.upsert("sub", "m@example.com").id();
            assertTrue(users.find(id).isPresent());
        }
    }

    @Test
    void createsTheFolderOfTheSqliteFile() {
        Path file = dbs.dir().resolve("nested/deeper/app.db");
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            assertEquals(Optional.of(file.toAbsolutePath()), db.sqliteFile());
        }
        assertTrue(file.toFile().isFile());
    }

    @Test
    void findsTheFileBehindSqliteUrls() {
        assertEquals(Optional.of(Path.of("hearback.db").toAbsolutePath()), Database.sqliteFileOf("jdbc:sqlite:hearback.db"));
        assertEquals(Optional.of(Path.of("/var/x/h.db")), Database.sqliteFileOf("jdbc:sqlite:file:/var/x/h.db?mode=rwc"));
        assertEquals(Optional.empty(), Database.sqliteFileOf("jdbc:sqlite::memory:"));
        assertEquals(Optional.empty(), Database.sqliteFileOf("jdbc:sqlite:file:mem1?mode=memory&cache=shared"));
    }

    @Test
    void refusesOtherDatabases() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open("jdbc:mysql://localhost/hearback"));
        assertTrue(e.getMessage().contains("jdbc:postgresql"), e.getMessage());
    }

    @Test
    void unreachablePostgresFailsClearlyWithoutShowingThePassword() {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        StoreException e = assertThrows(StoreException.class, () -> Database.open(new DatabaseConfig(
                "jdbc:postgresql://127.0.0.1:1/hearback?password=hunter2&connectTimeout=2", "u", "pw", 1)));
        assertTrue(e.getMessage().startsWith("cannot connect to the database at jdbc:postgresql://127.0.0.1:1/"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void configComesFromTheEnvironmentWithASqliteDefault() {
        DatabaseConfig none = DatabaseConfig.fromEnv(Map.of());
        assertEquals("jdbc:sqlite:hearback.db", none.url());
        assertEquals(null, none.user());
        DatabaseConfig pg = DatabaseConfig.fromEnv(Map.of(
                "HEARBACK_DB_URL", "jdbc:postgresql://10.0.0.3:5432/hearback",
                "HEARBACK_DB_USER", "hearback", "HEARBACK_DB_PASSWORD", "s3cret", "HEARBACK_DB_POOL_SIZE", "3"));
        assertEquals("hearback", pg.user());
        assertEquals(3, pg.poolSize());
        assertTrue(!pg.toString().contains("s3cret"), "the password stays out of toString");
        assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnv(Map.of("HEARBACK_DB_POOL_SIZE", "many")));
    }

    private static int pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
