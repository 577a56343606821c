package dev.hearback.signin;

import java.net.URI;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a session token may be sent after sign-in. {@code chrome.identity.launchWebAuthFlow}
 * finishes on {@code https://<extension id>.chromiumapp.org/...}; only an extension we trust may
 * receive a token, or any site could start a sign-in and collect one.
 */
public final class RedirectPolicy {
    private static final Pattern CHROMIUMAPP = Pattern.compile("([a-p]{32})\\.chromiumapp\\.org");
    private final Predicate<String> trustedOrigin;

    /** {@code trustedOrigin} answers for {@code chrome-extension://<id>}. */
    public RedirectPolicy(Predicate<String> trustedOrigin) {
        this.trustedOrigin = trustedOrigin;
    }

    /** The redirect as a URI when it is allowed; empty otherwise. */
    public Optional<URI> check(String redirectUri) {
        if (redirectUri == null || redirectUri.length() > 2048) return Optional.empty();
        URI u;
        try {
            u = new URI(redirectUri);
        } catch (Exception e) {
            return Optional.empty();
        }
        if (!"https".equals(u.getScheme()) || u.getHost() == null || u.getRawUserInfo() != null
                || u.getPort() != -1 || u.getRawFragment() != null) {
            return Optional.empty();
        }
        Matcher m = CHROMIUMAPP.matcher(u.getHost());
        if (!m.matches() || !trustedOrigin.test("chrome-extension://" + m.group(1))) return Optional.empty();
        return Optional.of(u);
    }
}
