package dev.hearback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cipher alone needs no database; loading its keyset per database does. */
class TokenCipherTest {
    private static final String TOKEN = "1//0gExampleRefreshToken-abc_123";

    @TempDir
    Path dir;

    @Test
    void roundTripsAndNeverShowsThePlaintext() {
        TokenCipher cipher = TokenCipher.fromKeyset(TokenCipher.newKeysetJson());
        byte[] ct = cipher.encrypt(TOKEN, "user-1");
        assertFalse(new String(ct, StandardCharsets.ISO_8859_1).contains(TOKEN));
        assertEquals(TOKEN, cipher.decrypt(ct, "user-1"));
        assertFalse(java.util.Arrays.equals(ct, cipher.encrypt(TOKEN, "user-1")), "a fresh nonce each time");
    }

    @Test
    void tamperedCiphertextFailsClearly() {
        TokenCipher cipher = TokenCipher.fromKeyset(TokenCipher.newKeysetJson());
        byte[] ct = cipher.encrypt(TOKEN, "user-1");
        ct[ct.length - 1] ^= 1;
        TokenCipher.DecryptionException e =
                assertThrows(TokenCipher.DecryptionException.class, () -> cipher.decrypt(ct, "user-1"));
        assertTrue(e.getMessage().contains("cannot decrypt"), e.getMessage());
    }

    @Test
    void anotherUsersAssociatedDataFails() {
        TokenCipher cipher = TokenCipher.fromKeyset(TokenCipher.newKeysetJson());
        byte[] ct = cipher.encrypt(TOKEN, "user-1");
        assertThrows(TokenCipher.DecryptionException.class, () -> cipher.decrypt(ct, "user-2"));
    }

    @Test
    void anotherKeyFails() {
        byte[] ct = TokenCipher.fromKeyset(TokenCipher.newKeysetJson()).encrypt(TOKEN, "user-1");
        TokenCipher other = TokenCipher.fromKeyset(TokenCipher.newKeysetJson());
        assertThrows(TokenCipher.DecryptionException.class, () -> other.decrypt(ct, "user-1"));
    }

    @Test
    void keysetIsAcceptedAsJsonOrBase64() {
        String json = TokenCipher.newKeysetJson();
        assertTrue(json.contains("AesGcmKey"), "an AES-GCM keyset");
        byte[] ct = TokenCipher.fromKeyset(json).encrypt(TOKEN, "u");
        String b64 = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        String b64url = Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(TOKEN, TokenCipher.fromKeyset(b64 + "\n").decrypt(ct, "u"), "a secret's trailing newline is fine");
        assertEquals(TOKEN, TokenCipher.fromKeyset(b64url).decrypt(ct, "u"));
        assertEquals(TOKEN, TokenCipher.fromKeyset("  " + json + "\n").decrypt(ct, "u"));
    }

    @Test
    void newKeysetToolPrintsAUsableBase64Keyset() {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            NewKeyset.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String printed = buf.toString(StandardCharsets.UTF_8).strip();
        assertTrue(printed.matches("[A-Za-z0-9+/=]+"), "one base64 line");
        TokenCipher cipher = TokenCipher.fromKeyset(printed);
        assertEquals(TOKEN, cipher.decrypt(cipher.encrypt(TOKEN, "u"), "u"));
    }

    @Test
    void badKeysetIsRefusedWithoutEchoingIt() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> TokenCipher.fromKeyset("not a keyset!"));
        assertFalse(notJson.getMessage().contains("not a keyset!"));
        assertThrows(IllegalArgumentException.class, () -> TokenCipher.fromKeyset("{\"primaryKeyId\": 1}"));
    }

    @Test
    void keysetFileIsCreatedOnceOwnerOnlyAndReused() throws Exception {
        Path file = dir.resolve("hearback.keyset.json");
        TokenCipher first = KeysetLoader.loadOrCreate(file);
        String written = Files.readString(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        TokenCipher second = KeysetLoader.loadOrCreate(file);
        assertEquals(written, Files.readString(file), "not regenerated");
        assertEquals(TOKEN, second.decrypt(first.encrypt(TOKEN, "u"), "u"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void keysetFileSitsBesideTheDatabase() {
        assertEquals(dir.resolve("hearback.keyset.json"), KeysetLoader.keysetFileFor(dir.resolve("hearback.db")));
        assertEquals(dir.resolve("data.keyset.json"), KeysetLoader.keysetFileFor(dir.resolve("data")));
    }

    @Test
    void environmentKeysetWinsOverTheFile() {
        String json = TokenCipher.newKeysetJson();
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("hearback.db"))) {
            TokenCipher fromEnv = KeysetLoader.cipherFor(db, Map.of(KeysetLoader.ENV_KEYSET, json));
            assertEquals(TOKEN, TokenCipher.fromKeyset(json).decrypt(fromEnv.encrypt(TOKEN, "u"), "u"));
            assertFalse(Files.exists(dir.resolve("hearback.keyset.json")), "no file when the env var is set");

            TokenCipher fromFile = KeysetLoader.cipherFor(db, Map.of());
            assertTrue(Files.exists(dir.resolve("hearback.keyset.json")));
            assertNotEquals(json, readQuietly(dir.resolve("hearback.keyset.json")));
            assertEquals(TOKEN, KeysetLoader.cipherFor(db, Map.of()).decrypt(fromFile.encrypt(TOKEN, "u"), "u"));
        }
    }

    /** Start-up reads the keyset while the database opens: from its configuration, to the same cipher. */
    @Test
    void theConfigurationFindsTheSameKeysetAsTheOpenDatabase() {
        DatabaseConfig config = DatabaseConfig.of("jdbc:sqlite:" + dir.resolve("sub/hearback.db"));
        TokenCipher beforeOpening = KeysetLoader.cipherFor(config, Map.of());
        assertTrue(Files.exists(dir.resolve("sub/hearback.keyset.json")), "created beside where the database will be");
        try (Database db = Database.open(config)) {
            assertEquals(TOKEN, KeysetLoader.cipherFor(db, Map.of()).decrypt(beforeOpening.encrypt(TOKEN, "u"), "u"));
        }
        String json = TokenCipher.newKeysetJson();
        assertEquals(TOKEN, TokenCipher.fromKeyset(json).decrypt(
                KeysetLoader.cipherFor(config, Map.of(KeysetLoader.ENV_KEYSET, json)).encrypt(TOKEN, "u"), "u"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KeysetLoader.cipherFor(DatabaseConfig.of("jdbc:postgresql://localhost/hearback"), Map.of()));
        assertTrue(e.getMessage().contains("HEARBACK_TINK_KEYSET"), e.getMessage());
    }

    @Test
    void aThrowawayCipherKeepsOneKeyOfItsOwn() {
        TokenCipher throwaway = TokenCipher.throwaway();
        byte[] ciphertext = throwaway.encrypt(TOKEN, "u");
        assertEquals(TOKEN, throwaway.decrypt(ciphertext, "u"));
        assertThrows(TokenCipher.DecryptionException.class, () -> throwaway.decrypt(ciphertext, "v"));
        assertThrows(TokenCipher.DecryptionException.class, () -> TokenCipher.throwaway().decrypt(ciphertext, "u"));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
