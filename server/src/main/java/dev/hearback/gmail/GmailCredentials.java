package dev.hearback.gmail;

import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.OAuth2Credentials;
import com.google.auth.oauth2.UserCredentials;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/** The user's Google credentials, as the Google auth library models them. */
public final class GmailCredentials {
    private GmailCredentials() {}

    /**
     * A refresh token kept by the server (web sign-in): access tokens are fetched from
     * {@code config.tokenUri()} with the OAuth client id and secret and refreshed when Gmail says 401
     * or when they are about to expire. A revoked token ends as {@link GmailAuthException}.
     *
     * @param cached an access token still believed valid (may be null)
     */
    public static GoogleCredentials forRefreshToken(GmailConfig config, String refreshToken, AccessToken cached, HttpTransport transport) {
        Objects.requireNonNull(config.clientId(), "GOOGLE_CLIENT_ID is not set");
        Objects.requireNonNull(config.clientSecret(), "GOOGLE_CLIENT_SECRET is not set");
        UserCredentials.Builder b = UserCredentials.newBuilder()
                .setClientId(config.clientId())
                .setClientSecret(config.clientSecret())
                .setRefreshToken(Objects.requireNonNull(refreshToken, "refreshToken"))
                .setTokenServerUri(config.tokenUri())
                .setHttpTransportFactory(() -> transport);
        if (cached != null) b.setAccessToken(cached);
        return b.build();
    }

    /** An access token used as is (the Workspace add-on passes one per request); it cannot be refreshed. */
    public static OAuth2Credentials forAccessToken(String accessToken, Instant expiresAt) {
        return OAuth2Credentials.create(new AccessToken(Objects.requireNonNull(accessToken, "accessToken"),
                expiresAt == null ? null : Date.from(expiresAt)));
    }
}
