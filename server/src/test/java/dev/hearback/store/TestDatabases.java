package dev.hearback.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real databases for a test class: one PostgreSQL server (zonky's embedded binaries) started once
 * per class, and a fresh empty database per test on either backend, a new SQLite file or a new
 * PostgreSQL schema, so tests never see each other's rows. Use as a static
 * {@code @RegisterExtension} field.
 */
final class TestDatabases implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    static {
        // zonky logs every initdb and postmaster line at INFO, Hikari and Flyway every pool and
        // migration; a test opens dozens of each. Keep the test output readable.
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private EmbeddedPostgres postgres;
    private Path dir;
    private final List<Database> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("hearback-store-test");
        postgres = EmbeddedPostgres.builder()
                // Durability is worthless in a throwaway test server and costs time.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    /** A new, migrated, empty database on the backend, closed after the test. */
    Database open(Backend backend) {
        Database db = Database.open(url(backend), user(backend), null);
        open.add(db);
        return db;
    }

    /** A URL naming a new empty database (not yet migrated): open it as often as a test likes. */
    String url(Backend backend) {
        String name = "hb" + COUNTER.incrementAndGet();
        if (backend == Backend.SQLITE) return "jdbc:sqlite:" + dir.resolve(name + ".db");
        // A schema per test, not a database: CREATE DATABASE forces a checkpoint (~0.3 s each),
        // CREATE SCHEMA is instant, and Flyway migrates the connection's current schema.
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create PostgreSQL schema " + name, e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?currentSchema=" + name;
    }

    String user(Backend backend) {
        return backend == Backend.POSTGRES ? "postgres" : null;
    }

    /** The folder the SQLite files (and their keysets) go to. */
    Path dir() {
        return dir;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(Database::close);
        open.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (postgres != null) postgres.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
