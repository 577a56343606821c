package dev.hearback.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the server runs, from the environment. The demo binds to loopback only: it signs anybody in
 * as the demo user, so it must never be reachable from another machine.
 *
 * @param publicUrl        the origin users and Google reach the server at (OAuth callback, links)
 * @param extensionOrigins {@code chrome-extension://ID} origins allowed to call the API (CORS) and
 *                         whose {@code https://ID.chromiumapp.org/} may receive a session token
 * @param requestsPerMinute per-user budget on {@code /api}
 * @param maxBodyBytes     larger request bodies get 413
 * @param refreshEvery     how long a user's planned mailbox is served before Gmail is asked again
 */
public record ServerConfig(boolean demo, String host, int port, String publicUrl, Set<String> extensionOrigins,
                           int requestsPerMinute, long maxBodyBytes, Duration sessionTtl, Duration refreshEvery) {
    public static final String ENV_PORT = "PORT";
    public static final String ENV_HOST = "HEARBACK_HOST";
    public static final String ENV_PUBLIC_URL = "HEARBACK_PUBLIC_URL";
    public static final String ENV_EXTENSION_ORIGINS = "HEARBACK_EXTENSION_ORIGINS";
    public static final String ENV_RATE_LIMIT = "HEARBACK_RATE_LIMIT_PER_MINUTE";
    public static final String ENV_REFRESH_SECONDS = "HEARBACK_REFRESH_SECONDS";
    public static final String LOOPBACK = "127.0.0.1";

    public ServerConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("PORT must be 0 to 65535, not " + port);
        if (demo && !LOOPBACK.equals(host)) throw new IllegalArgumentException("the demo serves only on loopback");
        for (String o : extensionOrigins) {
            if (!o.matches("chrome-extension://[a-p]{32}")) {
                throw new IllegalArgumentException(ENV_EXTENSION_ORIGINS + ": '" + o + "' is not a chrome-extension://<32-letter id> origin");
            }
        }
        extensionOrigins = Set.copyOf(extensionOrigins);
        if (requestsPerMinute < 1) throw new IllegalArgumentException(ENV_RATE_LIMIT + " must be at least 1");
    }

    public static ServerConfig fromEnv(Map<String, String> env, boolean demo) {
        int port = intOf(env, ENV_PORT, 8080);
        String host = demo ? LOOPBACK : env.getOrDefault(ENV_HOST, "0.0.0.0");
        String publicUrl = env.get(ENV_PUBLIC_URL);
        if (publicUrl == null || publicUrl.isBlank() || demo) {
            publicUrl = "http://localhost:" + port; // replaced by the bound port once started (PORT=0)
        }
        publicUrl = publicUrl(publicUrl);
        Set<String> origins = Arrays.stream(env.getOrDefault(ENV_EXTENSION_ORIGINS, "").split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return new ServerConfig(demo, host, port, publicUrl, origins, intOf(env, ENV_RATE_LIMIT, 600), 64 * 1024,
                Duration.ofDays(30), Duration.ofSeconds(intOf(env, ENV_REFRESH_SECONDS, 120)));
    }

    /** The OAuth redirect URI to register with the Google OAuth client. */
    public String oauthRedirectUri() {
        return publicUrl + "/auth/callback";
    }

    /** An https origin (http only for loopback) with no path, query or fragment; no trailing slash. */
    static String publicUrl(String raw) {
        String s = raw.strip().replaceAll("/+$", "");
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ENV_PUBLIC_URL + " is not a URL: " + raw);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost();
        if (host == null) throw new IllegalArgumentException(ENV_PUBLIC_URL + " has no host: " + raw);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new IllegalArgumentException(ENV_PUBLIC_URL + " must be https (http only for localhost): " + raw);
        }
        if ((u.getRawPath() != null && !u.getRawPath().isEmpty()) || u.getRawQuery() != null || u.getRawFragment() != null
                || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException(ENV_PUBLIC_URL + " must be a bare origin such as https://PROJECT.REGION_ID.r.appspot.com: " + raw);
        }
        return s;
    }

    public ServerConfig withPort(int boundPort) {
        String url = demo || publicUrl.equals("http://localhost:" + port) ? "http://localhost:" + boundPort : publicUrl;
        return new ServerConfig(demo, host, boundPort, url, extensionOrigins, requestsPerMinute, maxBodyBytes, sessionTtl, refreshEvery);
    }

    /** In the demo any unpacked extension may talk to it (its id differs per machine); otherwise only those configured. */
    public boolean allowsExtensionOrigin(String origin) {
        if (origin == null) return false;
        if (extensionOrigins.contains(origin)) return true;
        return demo && origin.matches("chrome-extension://[a-p]{32}");
    }

    private static int intOf(Map<String, String> env, String name, int dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + v + "'");
        }
    }
}
