package dev.hearback.addon;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.json.webtoken.JsonWebSignature;
import com.google.api.client.json.webtoken.JsonWebToken;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/** ID tokens signed with an in-memory RSA key, shaped like the ones Google sends an add-on. Public for the server's end-to-end tests. */
public final class TestTokens {
    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final KeyPair GOOGLE = rsa();
    public static final KeyPair ATTACKER = rsa();

    private TestTokens() {}

    static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verifier under test: trusts only {@link #GOOGLE}'s public key. */
    static AddonTokenVerifier verifier() {
        return new AddonTokenVerifier(() -> List.of(GOOGLE.getPublic()), Fixtures.CONFIG, CLOCK);
    }

    public static JsonWebToken.Payload payload(String audience) {
        JsonWebToken.Payload p = new JsonWebToken.Payload();
        p.setIssuer("https://accounts.google.com");
        p.setAudience(audience);
        p.setSubject("110169484474386276334");
        p.setIssuedAtTimeSeconds(NOW.getEpochSecond() - 60);
        p.setExpirationTimeSeconds(NOW.getEpochSecond() + 3540);
        p.set("email", Fixtures.SA);
        p.set("email_verified", true);
        p.set("azp", "110169484474386276334");
        return p;
    }

    /** A token for the contextual route, as Google would send it. */
    static String valid() {
        return sign(payload(Fixtures.BASE + AddonHandlers.CONTEXTUAL), GOOGLE);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String sign(JsonWebToken.Payload payload, KeyPair key) {
        JsonWebSignature.Header h = new JsonWebSignature.Header();
        h.setAlgorithm("RS256");
        h.setType("JWT");
        h.setKeyId("test-key");
        try {
            return JsonWebSignature.signUsingRsaSha256(key.getPrivate(), GsonFactory.getDefaultInstance(), h, payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
