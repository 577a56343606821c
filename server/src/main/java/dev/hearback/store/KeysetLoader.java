package dev.hearback.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the keyset that encrypts secrets at rest. Production sets HEARBACK_TINK_KEYSET (on App
 * Engine from Secret Manager). The embedded SQLite default needs nothing: a keyset is generated
 * once into a file beside the database (mode 600) and read back on later starts. PostgreSQL
 * without the variable is refused, since instances that each made their own key could not read
 * each other's ciphertexts.
 */
public final class KeysetLoader {
    public static final String ENV_KEYSET = "HEARBACK_TINK_KEYSET";
    private static final Logger log = LoggerFactory.getLogger(KeysetLoader.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeysetLoader() {
    }

    /** The cipher for this database and environment, by the rules above. */
    public static TokenCipher cipherFor(Database db, Map<String, String> env) {
        return cipherFor(db.kind(), db.sqliteFile(), env);
    }

    /**
     * The same cipher as {@link #cipherFor(Database, Map)} for the database {@code config} names,
     * without waiting for it to open: the keyset depends on where the database is, not on its contents.
     */
    public static TokenCipher cipherFor(DatabaseConfig config, Map<String, String> env) {
        Database.Kind kind = Database.kindOf(config.url());
        return cipherFor(kind, kind == Database.Kind.SQLITE ? Database.sqliteFileOf(config.url()) : Optional.empty(), env);
    }

    private static TokenCipher cipherFor(Database.Kind kind, Optional<Path> sqliteFile, Map<String, String> env) {
        String fromEnv = env.get(ENV_KEYSET);
        if (fromEnv != null && !fromEnv.isBlank()) return TokenCipher.fromKeyset(fromEnv);
        if (kind != Database.Kind.SQLITE) {
            throw new IllegalStateException(ENV_KEYSET + " must be set when the database is PostgreSQL "
                    + "(put the keyset in Secret Manager); see TokenCipher.newKeysetJson()");
        }
        if (sqliteFile.isEmpty()) {
            // An in-memory database dies with the process, and so may its key.
            return TokenCipher.fromKeyset(TokenCipher.newKeysetJson());
        }
        return loadOrCreate(keysetFileFor(sqliteFile.get()));
    }

    /** {@code hearback.db} keeps its keyset in {@code hearback.keyset.json} in the same folder. */
    public static Path keysetFileFor(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return databaseFile.resolveSibling(stem + ".keyset.json");
    }

    /** Reads the keyset file, or creates it (owner-only) when there is none yet. */
    public static TokenCipher loadOrCreate(Path keysetFile) {
        try {
            if (!Files.exists(keysetFile)) create(keysetFile);
            warnIfReadableByOthers(keysetFile);
            return TokenCipher.fromKeyset(Files.readString(keysetFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot read or create the keyset file " + keysetFile, e);
        }
    }

    /**
     * Writes a new keyset to a private temporary file, then hard-links it into place: the link
     * fails if the file appeared meanwhile, so two processes starting together agree on one key
     * and nobody ever reads a half-written file.
     */
    private static void create(Path keysetFile) throws IOException {
        Path dir = keysetFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = createPrivateTempFile(dir);
        try {
            Files.writeString(tmp, TokenCipher.newKeysetJson(), StandardCharsets.UTF_8);
            try {
                Files.createLink(keysetFile, tmp);
                log.warn("Generated a new Tink keyset in {}. Keep it with the database: without it the stored "
                        + "Google tokens cannot be read. Production must set {} instead.", keysetFile, ENV_KEYSET);
            } catch (FileAlreadyExistsException raced) {
                // Another process created it first: use theirs.
            } catch (UnsupportedOperationException noLinks) {
                Files.move(tmp, keysetFile);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path createPrivateTempFile(Path dir) throws IOException {
        try {
            return Files.createTempFile(dir, ".keyset", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, ".keyset", ".tmp");
        }
    }

    private static void warnIfReadableByOthers(Path keysetFile) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keysetFile);
            if (!OWNER_ONLY.containsAll(perms)) {
                log.warn("The keyset file {} can be read by others ({}); chmod 600 it.",
                        keysetFile, PosixFilePermissions.toString(perms));
            }
        } catch (UnsupportedOperationException | IOException ignored) {
            // Not a POSIX file system: nothing to check.
        }
    }
}
