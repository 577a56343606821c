package dev.hearback.store;

import java.util.Map;
import java.util.Objects;

/**
 * Where the database is and how to log in to it. Read from the environment in the server so that
 * the same build runs on a laptop (SQLite file, nothing to set) and on App Engine (Cloud SQL).
 *
 * @param url      JDBC URL: {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://HOST:PORT/DB}
 * @param user     database user, or null (SQLite needs none; PostgreSQL may take it in the URL)
 * @param password database password, or null
 * @param poolSize maximum pooled connections; 0 picks a default per database
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {
    public static final String ENV_URL = "HEARBACK_DB_URL";
    public static final String ENV_USER = "HEARBACK_DB_USER";
    public static final String ENV_PASSWORD = "HEARBACK_DB_PASSWORD";
    public static final String ENV_POOL_SIZE = "HEARBACK_DB_POOL_SIZE";
    public static final String DEFAULT_URL = "jdbc:sqlite:hearback.db";

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) throw new IllegalArgumentException("the database URL is empty");
        if (poolSize < 0) throw new IllegalArgumentException("pool size must be 0 (default) or more");
    }

    public static DatabaseConfig of(String url) {
        return new DatabaseConfig(url, null, null, 0);
    }

    /** Reads HEARBACK_DB_URL (default {@value #DEFAULT_URL}), _USER, _PASSWORD and _POOL_SIZE. */
    public static DatabaseConfig fromEnv(Map<String, String> env) {
        String poolSize = blankToNull(env.get(ENV_POOL_SIZE));
        int size;
        try {
            size = poolSize == null ? 0 : Integer.parseInt(poolSize.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV_POOL_SIZE + " must be a whole number, not '" + poolSize + "'");
        }
        String url = blankToNull(env.get(ENV_URL));
        return new DatabaseConfig(url == null ? DEFAULT_URL : url.strip(),
                blankToNull(env.get(ENV_USER)), blankToNull(env.get(ENV_PASSWORD)), size);
    }

    /** The URL with any {@code password=} parameter masked, for logs and error messages. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Never prints the password: configs end up in logs and exception messages. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + redactedUrl() + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", poolSize=" + poolSize + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
