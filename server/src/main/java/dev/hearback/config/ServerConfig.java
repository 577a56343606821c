package dev.hearback.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the HTTP server itself reads from the environment (the storage, Gmail and add-on settings
 * have their own {@code fromEnv}).
 *
 * @param port             {@code PORT}: where to listen; App Engine sets it (8080 by default)
 * @param publicUrl        {@code HEARBACK_PUBLIC_URL}: the server's https base URL, no trailing slash;
 *                         the OAuth redirect URI is {@code publicUrl + "/auth/callback"}. Null when unset
 *                         (then the server may only run on loopback or in demo mode)
 * @param extensionOrigins {@code HEARBACK_EXTENSION_ORIGINS}: comma-separated {@code chrome-extension://ID}
 *                         origins allowed to call /api (CORS); empty when unset
 */
public record ServerConfig(int port, String publicUrl, Set<String> extensionOrigins) {
    public static final String ENV_PORT = "PORT";
    public static final String ENV_PUBLIC_URL = "HEARBACK_PUBLIC_URL";
    public static final String ENV_EXTENSION_ORIGINS = "HEARBACK_EXTENSION_ORIGINS";
    public static final int DEFAULT_PORT = 8080;

    /** Chrome extension ids are 32 letters a to p. */
    private static final Pattern EXTENSION_ORIGIN = Pattern.compile("chrome-extension://[a-p]{32}");

    public ServerConfig {
        if (port < 1 || port > 65535) throw new IllegalArgumentException(ENV_PORT + " must be 1..65535, not " + port);
        extensionOrigins = Set.copyOf(extensionOrigins);
    }

    public static ServerConfig fromEnv(Map<String, String> env) {
        String p = blankToNull(env.get(ENV_PORT));
        int port;
        try {
            port = p == null ? DEFAULT_PORT : Integer.parseInt(p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV_PORT + " must be a port number, not '" + p + "'");
        }
        String url = blankToNull(env.get(ENV_PUBLIC_URL));
        Set<String> origins = new LinkedHashSet<>();
        String o = blankToNull(env.get(ENV_EXTENSION_ORIGINS));
        if (o != null) {
            for (String s : o.split(",")) {
                String origin = s.strip().toLowerCase(Locale.ROOT);
                while (origin.endsWith("/")) origin = origin.substring(0, origin.length() - 1);
                if (origin.isEmpty()) continue;
                if (!EXTENSION_ORIGIN.matcher(origin).matches()) {
                    throw new IllegalArgumentException(ENV_EXTENSION_ORIGINS + " holds '" + s.strip()
                            + "', not an origin like chrome-extension://abcdefghijklmnopabcdefghijklmnop");
                }
                origins.add(origin);
            }
        }
        return new ServerConfig(port, url == null ? null : publicUrl(url), origins);
    }

    /** The OAuth redirect URI registered in the Google Cloud console, or null without a public URL. */
    public String oauthRedirectUri() {
        return publicUrl == null ? null : publicUrl + "/auth/callback";
    }

    /** An https URL (http only for loopback) with no path, query or fragment; no trailing slash. */
    static String publicUrl(String raw) {
        String s = raw.strip();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
