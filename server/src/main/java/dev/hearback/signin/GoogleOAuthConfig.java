package dev.hearback.signin;

import java.util.List;
import java.util.Map;

/**
 * The OAuth client the operator created in Google Cloud (README, "Deploy"), and Google's endpoints
 * (overridable so tests can run the real client against a local stand-in).
 */
public record GoogleOAuthConfig(String clientId, String clientSecret, String authUri, String tokenUri, String callbackUrl) {
    public static final String ENV_CLIENT_ID = "GOOGLE_CLIENT_ID";
    public static final String ENV_CLIENT_SECRET = "GOOGLE_CLIENT_SECRET";
    public static final String ENV_AUTH_URI = "GOOGLE_AUTH_URI";
    public static final String ENV_TOKEN_URI = "GOOGLE_TOKEN_URI";
    public static final String AUTH_URI = "https://accounts.google.com/o/oauth2/v2/auth";
    public static final String TOKEN_URI = "https://oauth2.googleapis.com/token";
    /** Read the mailbox, write drafts (never send), and know who signed in. */
    public static final List<String> SCOPES = List.of(
            "https://www.googleapis.com/auth/gmail.readonly",
            "https://www.googleapis.com/auth/gmail.compose",
            "openid", "email");

    public GoogleOAuthConfig {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException(ENV_CLIENT_ID + " and " + ENV_CLIENT_SECRET
                    + " must be set (create an OAuth client of type Web application; README, \"Deploy\"), or run serve --demo");
        }
    }

    /** {@code callbackUrl}: where Google returns the browser, as registered with the OAuth client. */
    public static GoogleOAuthConfig fromEnv(Map<String, String> env, String callbackUrl) {
        return new GoogleOAuthConfig(env.get(ENV_CLIENT_ID), env.get(ENV_CLIENT_SECRET),
                env.getOrDefault(ENV_AUTH_URI, AUTH_URI), env.getOrDefault(ENV_TOKEN_URI, TOKEN_URI), callbackUrl);
    }

    @Override
    public String toString() {
        return "GoogleOAuthConfig[clientId=" + clientId + ", authUri=" + authUri + ", tokenUri=" + tokenUri + "]";
    }
}
