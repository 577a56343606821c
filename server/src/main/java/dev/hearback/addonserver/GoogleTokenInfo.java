package dev.hearback.addonserver;

import com.google.common.hash.Hashing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Who is behind an add-on event's {@code userOAuthToken}: Google's token info endpoint
 * ({@code GET https://oauth2.googleapis.com/tokeninfo?access_token=...}) answers the account's
 * {@code sub}, the id Hearback's sign-in stores, and its {@code email} only when the token's scopes
 * include it (the add-on's do not, so it is usually absent).
 *
 * <p>The token came inside a request whose Google-signed ID token was already verified, so it is
 * Google's own; token info is asked only who it belongs to. Answers are kept for a short while (at
 * most {@link #KEEP_FOR}, never past the token's {@code expires_in}), keyed by the token's SHA-256,
 * so the open email, its draft button and its correction cost one lookup. Failures are not kept.
 *
 * <p>{@code GOOGLE_TOKENINFO_URI} points it elsewhere (tests). Thread-safe.
 */
public final class GoogleTokenInfo {
    public static final String ENV_URI = "GOOGLE_TOKENINFO_URI";
    public static final URI GOOGLE = URI.create("https://oauth2.googleapis.com/tokeninfo");
    public static final Duration KEEP_FOR = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKEN_CHARS = 16384;

    /** A Google account: its stable id, and its address when token info told it (else null). */
    public record GoogleUser(String sub, String email) {
        public GoogleUser {
            if (sub == null || sub.isBlank()) throw new IllegalArgumentException("sub is required");
        }
    }

    /** Token info refused the token (expired, revoked, not Google's), or could not be asked. */
    public static final class TokenInfoException extends IOException {
        public TokenInfoException(String message) {
            super(message);
        }

        public TokenInfoException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Entry(GoogleUser user, Duration ttl) {}

    private final URI endpoint;
    private final HttpClient http;
    private final Cache<String, Entry> cache;

    public GoogleTokenInfo(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.cache = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry e, long now) {
                        return e.ttl().toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry e, long now, long current) {
                        return e.ttl().toNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry e, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** Google's endpoint, or {@code GOOGLE_TOKENINFO_URI} when set. */
    public static GoogleTokenInfo fromEnv(Map<String, String> env) {
        String u = env.get(ENV_URI);
        return new GoogleTokenInfo(u == null || u.isBlank() ? GOOGLE : URI.create(u.strip()));
    }

    /** The Google account the access token belongs to. */
    public GoogleUser user(String accessToken) throws TokenInfoException {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > MAX_TOKEN_CHARS) {
            throw new TokenInfoException("no user token in the add-on event");
        }
        String key = sha256(accessToken);
        Entry hit = cache.getIfPresent(key);
        if (hit != null) return hit.user();
        Entry e = ask(accessToken);
        if (!e.ttl().isZero()) cache.put(key, e);
        return e.user();
    }

    private Entry ask(String accessToken) throws TokenInfoException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?access_token="
                        + URLEncoder.encode(accessToken, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<byte[]> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TokenInfoException("Google's token info could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenInfoException("interrupted while asking Google's token info", e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(res.body());
        } catch (IOException e) {
            throw new TokenInfoException("Google's token info answered " + res.statusCode() + " with no JSON");
        }
        if (res.statusCode() != 200) {
            // 400 {"error": "invalid_token"}: expired, revoked or not an access token.
            throw new TokenInfoException("Google's token info refused the user token (" + res.statusCode() + " "
                    + text(body, "error") + ")");
        }
        String sub = text(body, "sub");
        if (sub == null) throw new TokenInfoException("Google's token info named no account");
        String email = "true".equals(text(body, "email_verified")) ? text(body, "email") : null;
        Duration ttl = KEEP_FOR;
        String expiresIn = text(body, "expires_in");
        if (expiresIn != null) {
            try {
                long s = Long.parseLong(expiresIn);
                ttl = s <= 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(s, KEEP_FOR.toSeconds()));
            } catch (NumberFormatException ignored) {
                // unreadable: keep it for the default while
            }
        }
        return new Entry(new GoogleUser(sub, email), ttl);
    }

    /** Google writes numbers and booleans in token info as strings; accept either. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText().strip();
        return s.isEmpty() || s.length() > 320 ? null : s;
    }

    static String sha256(String s) {
        return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString();
    }
}
