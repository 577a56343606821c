package dev.hearback.store;

import java.time.Instant;

/**
 * One OAuth sign-in in flight: the {@code state} sent to Google, the PKCE code verifier that goes
 * with it, and where to send the user back once signed in.
 */
public record OAuthState(String state, String codeVerifier, String redirectUri, Instant createdAt,
                         Instant expiresAt) {
    /** Keeps the PKCE verifier out of logs. */
    @Override
    public String toString() {
        return "OAuthState[redirectUri=" + redirectUri + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + "]";
    }
}
