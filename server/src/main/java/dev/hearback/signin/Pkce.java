package dev.hearback.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * RFC 7636 proof key: a random verifier kept on the server (with the state) and its S256
 * challenge sent to Google, so a stolen authorization code is useless without the verifier.
 */
public record Pkce(String verifier, String challenge) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    public static Pkce create() {
        byte[] b = new byte[48]; // 64 characters, inside RFC 7636's 43..128
        RANDOM.nextBytes(b);
        return of(B64URL.encodeToString(b));
    }

    public static Pkce of(String verifier) {
        return new Pkce(verifier, challengeOf(verifier));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return B64URL.encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unguessable value for OAuth {@code state} and session tokens. */
    public static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return B64URL.encodeToString(b);
    }

    @Override
    public String toString() {
        return "Pkce[challenge=" + challenge + "]"; // the verifier stays out of logs
    }
}
