package dev.hearback.addon;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the add-on is deployed: the server's public base URL (what {@code deployment.json}'s
 * {@code https://HEARBACK_SERVER} placeholder was replaced with), the email of the add-on's service
 * account (Google signs every request's ID token as that account), the audiences an ID token may
 * carry, and where an unlinked user is sent to sign in.
 *
 * <p>Audiences: Google sets {@code aud} to the add-on's endpoint URL. By default Hearback accepts the
 * base URL and the exact URL of each of its four add-on routes, and nothing else;
 * {@code HEARBACK_ADDON_AUDIENCE} replaces that list.
 *
 * <p>Environment: {@code HEARBACK_ADDON_URL} (required to turn the add-on on),
 * {@code HEARBACK_ADDON_SERVICE_ACCOUNT} (required with it), {@code HEARBACK_ADDON_AUDIENCE}
 * (optional, comma-separated), {@code HEARBACK_ADDON_LINK_URL} (optional, default the base URL).
 */
public record AddonConfig(String baseUrl, String serviceAccountEmail, Set<String> audiences, String linkUrl) {
    public static final String ENV_URL = "HEARBACK_ADDON_URL";
    public static final String ENV_SERVICE_ACCOUNT = "HEARBACK_ADDON_SERVICE_ACCOUNT";
    public static final String ENV_AUDIENCE = "HEARBACK_ADDON_AUDIENCE";
    public static final String ENV_LINK_URL = "HEARBACK_ADDON_LINK_URL";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    public AddonConfig {
        baseUrl = normalizeBaseUrl(baseUrl);
        if (serviceAccountEmail == null || !EMAIL.matcher(serviceAccountEmail.strip()).matches()) {
            throw new IllegalArgumentException("add-on service account email is missing or malformed: " + serviceAccountEmail);
        }
        serviceAccountEmail = serviceAccountEmail.strip().toLowerCase(Locale.ROOT);
        if (audiences == null || audiences.isEmpty()) audiences = defaultAudiences(baseUrl);
        audiences = Set.copyOf(audiences);
        linkUrl = linkUrl == null || linkUrl.isBlank() ? baseUrl + "/" : normalizeUrl(linkUrl);
    }

    /** The usual configuration: audiences derived from the base URL, linking at the base URL. */
    public static AddonConfig of(String baseUrl, String serviceAccountEmail) {
        return new AddonConfig(baseUrl, serviceAccountEmail, null, null);
    }

    /**
     * Reads the environment; empty when {@code HEARBACK_ADDON_URL} is unset (add-on turned off).
     *
     * @throws IllegalArgumentException when the add-on is turned on but misconfigured
     */
    public static Optional<AddonConfig> fromEnv(Map<String, String> env) {
        String url = env.get(ENV_URL);
        if (url == null || url.isBlank()) return Optional.empty();
        String sa = env.get(ENV_SERVICE_ACCOUNT);
        if (sa == null || sa.isBlank()) {
            throw new IllegalArgumentException(ENV_URL + " is set but " + ENV_SERVICE_ACCOUNT
                    + " is not: find it with `gcloud workspace-add-ons get-authorization`");
        }
        Set<String> aud = null;
        String a = env.get(ENV_AUDIENCE);
        if (a != null && !a.isBlank()) {
            aud = new LinkedHashSet<>();
            for (String s : a.split(",")) if (!s.isBlank()) aud.add(normalizeUrl(s));
        }
        return Optional.of(new AddonConfig(url, sa, aud, env.get(ENV_LINK_URL)));
    }

    /** The full URL of an add-on route, for example {@code functionUrl("/addon/draft")}. */
    public String functionUrl(String route) {
        return baseUrl + route;
    }

    static Set<String> defaultAudiences(String base) {
        Set<String> s = new LinkedHashSet<>();
        s.add(base);
        s.add(base + "/");
        // compile-time constants: listing them does not load AddonHandlers
        for (String r : new String[] {AddonHandlers.HOMEPAGE, AddonHandlers.CONTEXTUAL, AddonHandlers.DRAFT, AddonHandlers.STATE}) {
            s.add(base + r);
        }
        return s;
    }

    /** An https URL with no query or fragment and no trailing slash (http only for loopback). */
    public static String normalizeBaseUrl(String url) {
        String u = normalizeUrl(url);
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    static String normalizeUrl(String url) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("add-on URL is missing");
        String s = url.strip();
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("add-on URL is malformed: " + s);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost();
        if (host == null || host.isEmpty()) throw new IllegalArgumentException("add-on URL has no host: " + s);
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new IllegalArgumentException("add-on URL must be https (Google calls only https endpoints): " + s);
        }
        if (u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("add-on URL must not have user info, a query or a fragment: " + s);
        }
        if (Arrays.stream(new String[] {"\"", "<", ">", "\\", " ", "#"}).anyMatch(s::contains)) {
            throw new IllegalArgumentException("add-on URL has characters it can't have: " + s);
        }
        return s;
    }
}
