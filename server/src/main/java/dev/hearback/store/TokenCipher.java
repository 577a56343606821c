package dev.hearback.store;

import com.google.common.base.Suppliers;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Encrypts secrets at rest (the Google refresh token) with a Tink AEAD keyset (AES256-GCM).
 * The associated data binds a ciphertext to its owner: a ciphertext copied onto another user's
 * row does not decrypt. A keyset may hold several keys, which is how Tink rotates keys: old
 * ciphertexts still decrypt while new ones use the primary key.
 */
public final class TokenCipher {
    /** Tink's AEAD key managers, registered once, when the first keyset is read or made (not when a class mentions this one). */
    private static final class Registered {
        static {
            try {
                AeadConfig.register();
            } catch (GeneralSecurityException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        static void ensure() {
            // Calling this runs the static initializer once.
        }
    }

    /** A ciphertext that does not decrypt with this keyset and associated data. */
    public static final class DecryptionException extends RuntimeException {
        DecryptionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Supplier<Aead> aead;

    private TokenCipher(Supplier<Aead> aead) {
        this.aead = aead;
    }

    /**
     * A cipher from a cleartext Tink JSON keyset, given either as the JSON itself (it starts with
     * '{') or as that JSON in base64 (standard or URL-safe alphabet; whitespace is ignored), which
     * is easier to carry in an environment variable or a secret.
     */
    public static TokenCipher fromKeyset(String keyset) {
        Objects.requireNonNull(keyset, "keyset");
        String json = decodeKeysetText(keyset);
        Registered.ensure();
        try {
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
            Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
            return new TokenCipher(() -> aead);
        } catch (GeneralSecurityException | RuntimeException e) {
            // Never echo the keyset: it is the secret.
            throw new IllegalArgumentException("the Tink keyset is not a valid cleartext JSON AEAD keyset ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * A cipher with a new AES256-GCM key of its own, for a database that is thrown away with the
     * process (the demo's), whose ciphertexts nothing else ever reads. The key, and Tink with it, is
     * made on first use: a demo that never stores a token never loads Tink.
     */
    public static TokenCipher throwaway() {
        return new TokenCipher(Suppliers.memoize(() -> fromKeyset(newKeysetJson()).aead.get()));
    }

    /** A new cleartext JSON keyset with one AES256-GCM key, for a first start or `keyset` tooling. */
    public static String newKeysetJson() {
        Registered.ensure();
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not generate an AES256-GCM keyset", e);
        }
    }

    public byte[] encrypt(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            return aead.get().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ad(associatedData));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * The plaintext, or a {@link DecryptionException} when the ciphertext was altered, belongs to
     * another associated data, or was made with a key this keyset does not hold. Never garbage.
     */
    public String decrypt(byte[] ciphertext, String associatedData) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        try {
            return new String(aead.get().decrypt(ciphertext, ad(associatedData)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new DecryptionException("cannot decrypt a stored secret: it was altered, belongs to another "
                    + "record, or the Tink keyset changed (check HEARBACK_TINK_KEYSET)", e);
        }
    }

    private static byte[] ad(String associatedData) {
        return Objects.requireNonNull(associatedData, "associatedData").getBytes(StandardCharsets.UTF_8);
    }

    static String decodeKeysetText(String keyset) {
        String s = keyset.strip();
        if (s.startsWith("{")) return s;
        String compact = s.replaceAll("\\s+", "");
        try {
            byte[] bytes = compact.contains("-") || compact.contains("_")
                    ? Base64.getUrlDecoder().decode(compact)
                    : Base64.getDecoder().decode(compact);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Tink keyset is neither JSON nor base64 of JSON", e);
        }
    }
}
