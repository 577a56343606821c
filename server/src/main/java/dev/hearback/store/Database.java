package dev.hearback.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The app's one database: a HikariCP pool over SQLite or PostgreSQL, migrated to the latest schema
 * before anything uses it. Opening it again on a migrated database changes nothing, and several
 * instances opening one PostgreSQL at once are safe (Flyway holds a lock while it migrates).
 */
public final class Database implements AutoCloseable {
    /** The two databases the schema is written for. */
    public enum Kind { SQLITE, POSTGRESQL }

    /** Milliseconds a SQLite writer waits for another writer instead of failing with SQLITE_BUSY. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    static final String MIGRATIONS = "classpath:db/migration";
    /**
     * Every file in {@code db/migration}, in order. Named here so that Flyway reads them directly:
     * otherwise it finds them by reading the name of every entry of the classpath's jars, the 25,000
     * of the shaded jar included, on every start. DatabaseTest holds this list to that folder and to
     * what Flyway's own scan finds.
     */
    static final List<String> MIGRATION_SCRIPTS = List.of("V1__storage.sql");

    private final HikariDataSource pool;
    private final Kind kind;
    private final Optional<Path> sqliteFile;

    private Database(HikariDataSource pool, Kind kind, Optional<Path> sqliteFile) {
        this.pool = pool;
        this.kind = kind;
        this.sqliteFile = sqliteFile;
    }

    /** Opens the database that HEARBACK_DB_URL and friends name (a SQLite file by default). */
    public static Database fromEnv(Map<String, String> env) {
        return open(DatabaseConfig.fromEnv(env));
    }

    public static Database open(String url) {
        return open(DatabaseConfig.of(url));
    }

    public static Database open(String url, String user, String password) {
        return open(new DatabaseConfig(url, user, password, 0));
    }

    /** Opens the pool, then migrates; a failure in either closes what was opened and throws. */
    public static Database open(DatabaseConfig config) {
        Kind kind = kindOf(config.url());
        Optional<Path> file = kind == Kind.SQLITE ? sqliteFileOf(config.url()) : Optional.empty();
        file.ifPresent(Database::createParentDirectories);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(config, kind, file.isEmpty()));
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database at " + config.redactedUrl() + ": "
                    + rootMessage(e), e);
        }
        try {
            migrations(pool).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("could not migrate the database at " + config.redactedUrl() + ": "
                    + rootMessage(e), e);
        }
        return new Database(pool, kind, file);
    }

    /** Flyway's configuration for this schema: the scripts of {@link #MIGRATION_SCRIPTS} and no Java migrations. */
    static FluentConfiguration migrations(DataSource dataSource) {
        List<LoadableResource> scripts = MIGRATION_SCRIPTS.stream().map(MigrationScript::new).collect(Collectors.toList());
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .resourceProvider(new ResourceProvider() {
                    @Override
                    public LoadableResource getResource(String name) {
                        return scripts.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
                    }

                    @Override
                    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                        return scripts.stream().filter(r -> r.getFilename().startsWith(prefix)
                                && Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith)).collect(Collectors.toList());
                    }
                })
                .javaMigrationClassProvider(List::of);
    }

    /** A script of {@code db/migration} on the classpath, read as Flyway reads the ones it finds (UTF-8, strictly). */
    private static final class MigrationScript extends LoadableResource {
        private final String name;

        MigrationScript(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = Database.class.getClassLoader().getResourceAsStream(getAbsolutePath());
            if (in == null) throw new FlywayException("Unable to read the migration " + getAbsolutePath() + " from the classpath");
            return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
        }

        @Override
        public String getAbsolutePath() {
            return MIGRATIONS.substring("classpath:".length()) + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            URL url = Database.class.getClassLoader().getResource(getAbsolutePath());
            return url == null ? null : url.getPath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Kind kind() {
        return kind;
    }

    /** The SQLite database file, for things kept beside it (the generated keyset); empty otherwise. */
    public Optional<Path> sqliteFile() {
        return sqliteFile;
    }

    @Override
    public void close() {
        pool.close();
    }

    static Kind kindOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) return Kind.SQLITE;
        if (u.startsWith("jdbc:postgresql:")) return Kind.POSTGRESQL;
        throw new IllegalArgumentException(
                "unsupported database URL '" + url + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }

    /**
     * The file behind a SQLite URL ({@code jdbc:sqlite:hearback.db}, {@code jdbc:sqlite:file:/x.db?mode=rwc}),
     * or empty for an in-memory database, which has none.
     */
    static Optional<Path> sqliteFileOf(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query + 1);
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.startsWith("file:")) path = path.substring("file:".length());
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith(":resource:")
                || params.contains("mode=memory")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    private static HikariConfig poolConfig(DatabaseConfig config, Kind kind, boolean inMemory) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        if (config.user() != null) hc.setUsername(config.user());
        if (config.password() != null) hc.setPassword(config.password());
        hc.setPoolName("hearback-" + kind.name().toLowerCase(Locale.ROOT));
        if (kind == Kind.SQLITE) {
            hc.setDriverClassName("org.sqlite.JDBC");
            // SQLite leaves foreign keys off unless each connection turns them on.
            hc.addDataSourceProperty("foreign_keys", "true");
            hc.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            // Transactions take the write lock up front: a read-then-write transaction that has to
            // upgrade its lock fails at once with SQLITE_BUSY, whatever the busy timeout says.
            hc.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            if (inMemory) {
                // Every connection to :memory: is a database of its own: keep exactly one, forever.
                hc.setMaximumPoolSize(1);
                hc.setMinimumIdle(1);
                hc.setMaxLifetime(0);
                hc.setIdleTimeout(0);
            } else {
                // WAL lets readers go on while one connection writes; NORMAL sync is safe with WAL.
                hc.addDataSourceProperty("journal_mode", "WAL");
                hc.addDataSourceProperty("synchronous", "NORMAL");
                // Writes are serialised by SQLite anyway; a few connections serve concurrent reads.
                hc.setMaximumPoolSize(config.poolSize() > 0 ? config.poolSize() : 4);
            }
        } else {
            hc.setDriverClassName("org.postgresql.Driver");
            // Small by default: Cloud SQL caps connections per instance and App Engine may run many.
            hc.setMaximumPoolSize(config.poolSize() > 0 ? config.poolSize() : 5);
        }
        return hc;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }

    private static void createParentDirectories(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database file " + file, e);
        }
    }
}
