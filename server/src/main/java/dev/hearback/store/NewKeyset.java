package dev.hearback.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Prints a new AES256-GCM Tink keyset as base64, the value production puts in
 * HEARBACK_TINK_KEYSET (via Secret Manager). Run it where the output is not logged:
 * {@code java -cp hearback.jar dev.hearback.store.NewKeyset}.
 */
public final class NewKeyset {
    private NewKeyset() {
    }

    public static void main(String[] args) {
        String json = TokenCipher.newKeysetJson();
        System.out.println(Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }
}
