package dev.hearback.signin;

import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeRequestUrl;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeTokenRequest;
import com.google.api.client.googleapis.auth.oauth2.GoogleIdToken;
import com.google.api.client.googleapis.auth.oauth2.GoogleTokenResponse;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Google's OAuth 2.0 web-server flow with the Google client library: the consent URL (offline
 * access, PKCE S256, our state) and the code exchange. The ID token comes straight from Google's
 * token endpoint over TLS, so OpenID Connect (Core 3.1.3.7) lets us skip its signature; we still
 * check issuer, audience, expiry and that the email is verified.
 */
public final class GoogleSignIn {
    private static final Set<String> ISSUERS = Set.of("https://accounts.google.com", "accounts.google.com");
    private final GoogleOAuthConfig config;
    private final HttpTransport transport;
    private final Clock clock;

    public GoogleSignIn(GoogleOAuthConfig config, HttpTransport transport, Clock clock) {
        this.config = config;
        this.transport = transport;
        this.clock = clock;
    }

    /** Where to send the browser: Google's consent screen for our scopes. */
    public String consentUrl(String state, Pkce pkce) {
        GoogleAuthorizationCodeRequestUrl url = new GoogleAuthorizationCodeRequestUrl(
                config.authUri(), config.clientId(), config.callbackUrl(), GoogleOAuthConfig.SCOPES);
        url.setAccessType("offline");
        url.setState(state);
        url.setCodeChallenge(pkce.challenge());
        url.setCodeChallengeMethod("S256");
        // consent every time: Google only returns a refresh token on consent, and we need one.
        url.set("prompt", "consent");
        url.set("include_granted_scopes", "true");
        return url.build();
    }

    /** Trades the code (and the PKCE verifier) for tokens and reads who signed in. */
    public GoogleAccount exchange(String code, String verifier) {
        GoogleTokenResponse r;
        try {
            r = new GoogleAuthorizationCodeTokenRequest(transport, GsonFactory.getDefaultInstance(), config.tokenUri(),
                    config.clientId(), config.clientSecret(), code, config.callbackUrl())
                    .set("code_verifier", verifier)
                    .execute();
        } catch (TokenResponseException e) {
            String why = e.getDetails() == null ? "status " + e.getStatusCode() : e.getDetails().getError();
            throw new SignInException("Google refused the sign-in (" + why + "); please try again.", e);
        } catch (IOException e) {
            throw new SignInException("Could not reach Google to finish signing in; please try again.", e);
        }
        GoogleIdToken id;
        try {
            if (r.getIdToken() == null) throw new SignInException("Google sent no identity; please try again.");
            id = r.parseIdToken();
        } catch (IOException | IllegalArgumentException e) {
            throw new SignInException("Google's identity token could not be read; please try again.", e);
        }
        GoogleIdToken.Payload p = id.getPayload();
        long now = clock.millis() / 1000;
        if (!ISSUERS.contains(p.getIssuer()) || !id.verifyAudience(List.of(config.clientId()))
                || p.getExpirationTimeSeconds() == null || p.getExpirationTimeSeconds() + 300 < now) {
            throw new SignInException("Google's identity token was not meant for Hearback; please try again.");
        }
        if (p.getEmail() == null || !Boolean.TRUE.equals(p.getEmailVerified())) {
            throw new SignInException("Your Google account has no verified email address.");
        }
        return new GoogleAccount(p.getSubject(), p.getEmail(), r.getRefreshToken());
    }
}
