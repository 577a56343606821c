package dev.hearback.addon;

import com.google.api.client.googleapis.auth.oauth2.GoogleIdToken;
import com.google.api.client.googleapis.auth.oauth2.GooglePublicKeysManager;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import dev.hearback.addon.AddonAuthException.Reason;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code Authorization: Bearer <ID token>} that Google sends with every request to an
 * add-on endpoint (deployment default {@code SYSTEM_ID_TOKEN}): an OpenID Connect ID token for the
 * add-on's per-project service account.
 *
 * <p>A token is accepted only when all of these hold, checked in this order so no claim is trusted
 * before the signature: it is a compact JWS with {@code alg} RS256; its signature verifies with one of
 * the keys from the {@link KeySource} (in production Google's published certificates through
 * {@link GooglePublicKeysManager}, which caches them as Google's headers say); {@code iss} is
 * {@code accounts.google.com} or {@code https://accounts.google.com}; every {@code aud} is one of the
 * configured audiences; {@code exp} is in the future and {@code iat} not in the future (with a small
 * clock skew); {@code email} is the configured service account and {@code email_verified} is true.
 * Anything else throws {@link AddonAuthException}: the server answers 401 and does no work.
 *
 * <p>Thread-safe.
 */
public final class AddonTokenVerifier {
    /** Where the public keys that may have signed a token come from. */
    @FunctionalInterface
    public interface KeySource {
        List<PublicKey> publicKeys() throws IOException, GeneralSecurityException;
    }

    /** Who a verified token says called: the service account, and the audience it was issued for. */
    public record VerifiedCaller(String email, String subject, String audience, Instant expiresAt) {}

    public static final Set<String> ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");
    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(60);
    /** A header longer than this is refused unread (Google's ID tokens are about 1 KB). */
    public static final int MAX_HEADER_CHARS = 8192;

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final GsonFactory JSON = GsonFactory.getDefaultInstance();

    private final KeySource keys;
    private final Set<String> audiences;
    private final String serviceAccountEmail;
    private final Clock clock;
    private final long skewSeconds;

    public AddonTokenVerifier(KeySource keys, Collection<String> audiences, String serviceAccountEmail,
            Clock clock, Duration skew) {
        if (keys == null) throw new IllegalArgumentException("key source is required");
        if (audiences == null || audiences.isEmpty()) throw new IllegalArgumentException("at least one audience is required");
        if (serviceAccountEmail == null || serviceAccountEmail.isBlank()) {
            throw new IllegalArgumentException("service account email is required");
        }
        this.keys = keys;
        this.audiences = Set.copyOf(audiences);
        this.serviceAccountEmail = serviceAccountEmail.strip().toLowerCase(Locale.ROOT);
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.skewSeconds = skew == null ? DEFAULT_SKEW.toSeconds() : Math.max(0, skew.toSeconds());
    }

    /** A verifier for {@code config} that uses the given keys (tests: an in-memory key). */
    public AddonTokenVerifier(KeySource keys, AddonConfig config, Clock clock) {
        this(keys, config.audiences(), config.serviceAccountEmail(), clock, DEFAULT_SKEW);
    }

    /** The production verifier: Google's public certificates, fetched over HTTPS and cached. */
    public static AddonTokenVerifier forGoogle(AddonConfig config) {
        return new AddonTokenVerifier(googleKeys(), config, Clock.systemUTC());
    }

    /** Google's ID-token signing keys (https://www.googleapis.com/oauth2/v1/certs), cached. */
    public static KeySource googleKeys() {
        GooglePublicKeysManager manager = new GooglePublicKeysManager(new NetHttpTransport(), JSON);
        return manager::getPublicKeys;
    }

    /**
     * Verifies an {@code Authorization} header value.
     *
     * @throws AddonAuthException for a missing, malformed, forged, expired, wrong-issuer,
     *     wrong-audience or wrong-account token, or when Google's keys can't be had
     */
    public VerifiedCaller verify(String authorizationHeader) throws AddonAuthException {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new AddonAuthException(Reason.MISSING, "no Authorization header");
        }
        if (authorizationHeader.length() > MAX_HEADER_CHARS) {
            throw new AddonAuthException(Reason.MALFORMED, "Authorization header too long");
        }
        String h = authorizationHeader.strip();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AddonAuthException(Reason.MALFORMED, "Authorization is not a Bearer token");
        }
        String token = h.substring(7).strip();
        if (!COMPACT_JWS.matcher(token).matches()) {
            throw new AddonAuthException(Reason.MALFORMED, "bearer token is not a signed JWT");
        }

        GoogleIdToken idToken;
        try {
            idToken = GoogleIdToken.parse(JSON, token);
        } catch (IOException | RuntimeException e) {
            throw new AddonAuthException(Reason.MALFORMED, "bearer token could not be parsed");
        }
        if (idToken == null || idToken.getHeader() == null || idToken.getPayload() == null) {
            throw new AddonAuthException(Reason.MALFORMED, "bearer token could not be parsed");
        }
        if (!"RS256".equals(idToken.getHeader().getAlgorithm())) {
            throw new AddonAuthException(Reason.BAD_SIGNATURE, "token algorithm is not RS256");
        }

        List<PublicKey> candidates;
        try {
            candidates = keys.publicKeys();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new AddonAuthException(Reason.KEYS_UNAVAILABLE, "Google's public keys could not be fetched");
        }
        if (!signedByOneOf(idToken, candidates)) {
            throw new AddonAuthException(Reason.BAD_SIGNATURE, "token signature does not verify with Google's keys");
        }

        GoogleIdToken.Payload p = idToken.getPayload();
        if (p.getIssuer() == null || !ISSUERS.contains(p.getIssuer())) {
            throw new AddonAuthException(Reason.WRONG_ISSUER, "token issuer is not Google");
        }
        List<String> aud = p.getAudienceAsList();
        if (aud == null || aud.isEmpty() || !audiences.containsAll(aud)) {
            throw new AddonAuthException(Reason.WRONG_AUDIENCE, "token audience is not this add-on's endpoint");
        }
        long now = clock.instant().getEpochSecond();
        Long exp = p.getExpirationTimeSeconds();
        Long iat = p.getIssuedAtTimeSeconds();
        if (exp == null || iat == null) {
            throw new AddonAuthException(Reason.EXPIRED, "token has no expiry or issue time");
        }
        if (now > exp + skewSeconds) {
            throw new AddonAuthException(Reason.EXPIRED, "token expired");
        }
        if (iat > now + skewSeconds) {
            throw new AddonAuthException(Reason.EXPIRED, "token issued in the future");
        }
        String email = p.getEmail();
        if (email == null || !serviceAccountEmail.equals(email.strip().toLowerCase(Locale.ROOT))) {
            throw new AddonAuthException(Reason.WRONG_EMAIL, "token is not for the add-on's service account");
        }
        if (!Boolean.TRUE.equals(p.getEmailVerified())) {
            throw new AddonAuthException(Reason.WRONG_EMAIL, "token email is not verified");
        }
        return new VerifiedCaller(email, p.getSubject(), aud.get(0), Instant.ofEpochSecond(exp));
    }

    private static boolean signedByOneOf(GoogleIdToken token, List<PublicKey> candidates) {
        if (candidates == null) return false;
        for (PublicKey key : candidates) {
            if (!(key instanceof RSAPublicKey)) continue;
            try {
                if (token.verifySignature(key)) return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                // a key that can't check this signature is simply not the signer
            }
        }
        return false;
    }
}
