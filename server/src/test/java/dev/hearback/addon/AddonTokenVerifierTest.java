package dev.hearback.addon;

import static dev.hearback.addon.TestTokens.ATTACKER;
import static dev.hearback.addon.TestTokens.GOOGLE;
import static dev.hearback.addon.TestTokens.NOW;
import static dev.hearback.addon.TestTokens.b64;
import static dev.hearback.addon.TestTokens.bearer;
import static dev.hearback.addon.TestTokens.payload;
import static dev.hearback.addon.TestTokens.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.api.client.json.webtoken.JsonWebToken;
import dev.hearback.addon.AddonAuthException.Reason;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddonTokenVerifierTest {
    private final AddonTokenVerifier verifier = TestTokens.verifier();

    private Reason refused(String header) {
        return assertThrows(AddonAuthException.class, () -> verifier.verify(header)).reason();
    }

    @Test
    void acceptsGooglesTokenForEachAddonUrl() throws Exception {
        for (String aud : List.of(Fixtures.BASE, Fixtures.BASE + "/", Fixtures.BASE + "/addon/homepage",
                Fixtures.BASE + "/addon/contextual", Fixtures.BASE + "/addon/draft", Fixtures.BASE + "/addon/state")) {
            AddonTokenVerifier.VerifiedCaller c = verifier.verify(bearer(sign(payload(aud), GOOGLE)));
            assertEquals(Fixtures.SA, c.email());
            assertEquals(aud, c.audience());
        }
        verifier.verify("bearer " + TestTokens.valid()); // the scheme is case-insensitive
        JsonWebToken.Payload plainIssuer = payload(Fixtures.BASE);
        plainIssuer.setIssuer("accounts.google.com");
        verifier.verify(bearer(sign(plainIssuer, GOOGLE)));
    }

    @Test
    void refusesAForgedSignature() {
        assertEquals(Reason.BAD_SIGNATURE, refused(bearer(sign(payload(Fixtures.BASE + "/addon/contextual"), ATTACKER))));
    }

    @Test
    void refusesATamperedPayload() {
        String good = TestTokens.valid();
        String[] parts = good.split("\\.");
        String evilPayload = b64("{\"iss\":\"https://accounts.google.com\",\"aud\":\"" + Fixtures.BASE
                + "\",\"email\":\"" + Fixtures.SA + "\",\"email_verified\":true,\"iat\":" + NOW.getEpochSecond()
                + ",\"exp\":" + (NOW.getEpochSecond() + 9999) + ",\"sub\":\"attacker\"}");
        assertEquals(Reason.BAD_SIGNATURE, refused(bearer(parts[0] + "." + evilPayload + "." + parts[2])));
    }

    @Test
    void refusesOtherAlgorithms() {
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64("{\"aud\":\"" + Fixtures.BASE + "\"}") + ".";
        assertEquals(Reason.MALFORMED, refused(bearer(none)));
        String noneSig = b64("{\"alg\":\"none\"}") + "." + b64("{\"aud\":\"x\"}") + ".AAAA";
        assertEquals(Reason.BAD_SIGNATURE, refused(bearer(noneSig)));
        String hs = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64("{\"email\":\"" + Fixtures.SA + "\"}") + ".c2lnbmF0dXJl";
        assertEquals(Reason.BAD_SIGNATURE, refused(bearer(hs)));
    }

    @Test
    void refusesAnExpiredToken() {
        JsonWebToken.Payload p = payload(Fixtures.BASE + "/addon/contextual");
        p.setIssuedAtTimeSeconds(NOW.getEpochSecond() - 3700);
        p.setExpirationTimeSeconds(NOW.getEpochSecond() - 100);
        assertEquals(Reason.EXPIRED, refused(bearer(sign(p, GOOGLE))));
    }

    @Test
    void allowsASmallClockSkewOnly() throws Exception {
        JsonWebToken.Payload p = payload(Fixtures.BASE);
        p.setExpirationTimeSeconds(NOW.getEpochSecond() - 30);
        verifier.verify(bearer(sign(p, GOOGLE)));
        JsonWebToken.Payload future = payload(Fixtures.BASE);
        future.setIssuedAtTimeSeconds(NOW.getEpochSecond() + 600);
        future.setExpirationTimeSeconds(NOW.getEpochSecond() + 4200);
        assertEquals(Reason.EXPIRED, refused(bearer(sign(future, GOOGLE))));
        JsonWebToken.Payload noExp = payload(Fixtures.BASE);
        noExp.setExpirationTimeSeconds(null);
        assertEquals(Reason.EXPIRED, refused(bearer(sign(noExp, GOOGLE))));
    }

    @Test
    void refusesAWrongAudience() {
        assertEquals(Reason.WRONG_AUDIENCE, refused(bearer(sign(payload("https://evil.example.com/addon/contextual"), GOOGLE))));
        assertEquals(Reason.WRONG_AUDIENCE, refused(bearer(sign(payload(Fixtures.BASE + "/addon/other"), GOOGLE))));
        assertEquals(Reason.WRONG_AUDIENCE, refused(bearer(sign(payload("https://hearback.example.com.evil.example"), GOOGLE))));
        JsonWebToken.Payload two = payload(Fixtures.BASE);
        two.setAudience(List.of(Fixtures.BASE, "https://evil.example.com"));
        assertEquals(Reason.WRONG_AUDIENCE, refused(bearer(sign(two, GOOGLE))));
        JsonWebToken.Payload none = payload(Fixtures.BASE);
        none.setAudience(null);
        assertEquals(Reason.WRONG_AUDIENCE, refused(bearer(sign(none, GOOGLE))));
    }

    @Test
    void refusesAWrongOrUnverifiedEmail() {
        JsonWebToken.Payload other = payload(Fixtures.BASE);
        other.set("email", "someone-else@gcp-sa-gsuiteaddons.iam.gserviceaccount.com");
        assertEquals(Reason.WRONG_EMAIL, refused(bearer(sign(other, GOOGLE))));
        JsonWebToken.Payload unverified = payload(Fixtures.BASE);
        unverified.set("email_verified", false);
        assertEquals(Reason.WRONG_EMAIL, refused(bearer(sign(unverified, GOOGLE))));
        JsonWebToken.Payload missing = payload(Fixtures.BASE);
        missing.remove("email");
        assertEquals(Reason.WRONG_EMAIL, refused(bearer(sign(missing, GOOGLE))));
    }

    @Test
    void refusesAWrongIssuer() {
        JsonWebToken.Payload p = payload(Fixtures.BASE);
        p.setIssuer("https://evil.example.com");
        assertEquals(Reason.WRONG_ISSUER, refused(bearer(sign(p, GOOGLE))));
    }

    @Test
    void refusesMissingAndGarbageHeaders() {
        assertEquals(Reason.MISSING, refused(null));
        assertEquals(Reason.MISSING, refused("  "));
        assertEquals(Reason.MALFORMED, refused("Basic dXNlcjpwYXNz"));
        assertEquals(Reason.MALFORMED, refused("Bearer"));
        assertEquals(Reason.MALFORMED, refused("Bearer garbage"));
        assertEquals(Reason.MALFORMED, refused("Bearer a.b.c"));
        assertEquals(Reason.MALFORMED, refused("Bearer " + b64("{") + "." + b64("{}") + ".AAAA"));
        assertEquals(Reason.MALFORMED, refused(TestTokens.valid()), "no scheme");
        assertEquals(Reason.MALFORMED, refused("Bearer " + "a".repeat(10_000) + ".b.c"));
        assertEquals(Reason.MALFORMED, refused("Bearer " + TestTokens.valid() + " extra"));
    }

    @Test
    void keySourceFailureIsARefusal() {
        AddonTokenVerifier broken = new AddonTokenVerifier(() -> {
            throw new IOException("no network");
        }, Fixtures.CONFIG, TestTokens.CLOCK);
        assertEquals(Reason.KEYS_UNAVAILABLE,
                assertThrows(AddonAuthException.class, () -> broken.verify(bearer(TestTokens.valid()))).reason());
        assertEquals(401, new AddonAuthException(Reason.KEYS_UNAVAILABLE, "x").httpStatus());
    }

    @Test
    void triesEveryKeyGoogleLists() throws Exception {
        AddonTokenVerifier rotated = new AddonTokenVerifier(() -> List.of(ATTACKER.getPublic(), GOOGLE.getPublic()),
                Fixtures.CONFIG.audiences(), Fixtures.SA, TestTokens.CLOCK, Duration.ofSeconds(60));
        rotated.verify(bearer(TestTokens.valid()));
    }

    @Test
    void productionVerifierBuildsWithoutTouchingTheNetwork() {
        AddonTokenVerifier.forGoogle(Fixtures.CONFIG); // keys are fetched lazily, on the first verify
    }
}
