package dev.hearback.web;

import dev.hearback.account.UserAnalyses;
import dev.hearback.signin.GoogleAccount;
import dev.hearback.signin.GoogleSignIn;
import dev.hearback.signin.Pkce;
import dev.hearback.signin.RedirectPolicy;
import dev.hearback.signin.SignInException;
import dev.hearback.store.IssuedSession;
import dev.hearback.store.OAuthState;
import dev.hearback.store.OAuthStateStore;
import dev.hearback.store.SessionStore;
import dev.hearback.store.User;
import dev.hearback.store.UserRepository;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sign-in and sign-out. The extension opens {@code /auth/start?redirect_uri=https://ID.chromiumapp.org/}
 * with {@code chrome.identity.launchWebAuthFlow}; the web page opens {@code /auth/start} without one
 * and gets an HttpOnly cookie instead. In production the browser goes through Google's consent
 * ({@code state} + PKCE, kept server-side and single-use); in the demo it is signed in as the demo
 * user at once.
 */
final class AuthRoutes {
    static final String WEB_PAGE = "/";
    private static final Duration STATE_TTL = Duration.ofMinutes(10);
    private final RedirectPolicy redirects;
    private final SessionStore sessions;
    private final UserRepository users;
    private final OAuthStateStore oauthStates;
    private final GoogleSignIn google; // null in the demo
    private final User demoUser;       // null outside the demo
    private final UserAnalyses analyses;
    private final Duration sessionTtl;
    private final boolean secureCookies;

    AuthRoutes(RedirectPolicy redirects, SessionStore sessions, UserRepository users, OAuthStateStore oauthStates,
               GoogleSignIn google, User demoUser, UserAnalyses analyses, Duration sessionTtl, boolean secureCookies) {
        if ((google == null) == (demoUser == null)) throw new IllegalArgumentException("either Google sign-in or the demo user");
        this.redirects = redirects;
        this.sessions = sessions;
        this.users = users;
        this.oauthStates = oauthStates;
        this.google = google;
        this.demoUser = demoUser;
        this.analyses = analyses;
        this.sessionTtl = sessionTtl;
        this.secureCookies = secureCookies;
    }

    void start(Context ctx) {
        String target = ctx.queryParam("redirect_uri");
        if (target == null) {
            target = WEB_PAGE;
        } else if (redirects.check(target).isEmpty()) {
            throw new ApiException(400, "bad_redirect", "This sign-in was not started by a Hearback extension this server trusts.");
        }
        if (demoUser != null) {
            finish(ctx, demoUser, target);
            return;
        }
        String state = Pkce.randomToken();
        Pkce pkce = Pkce.create();
        oauthStates.save(state, pkce.verifier(), target, STATE_TTL);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(google.consentUrl(state, pkce));
    }

    void callback(Context ctx) {
        if (google == null) throw ApiException.notFound("The demo has no Google sign-in.");
        String stateParam = ctx.queryParam("state");
        OAuthState st = stateParam == null ? null : oauthStates.take(stateParam).orElse(null);
        if (st == null) {
            throw new ApiException(400, "bad_state", "This sign-in link has expired or was already used; start signing in again.");
        }
        String error = ctx.queryParam("error");
        if (error != null) {
            if (!WEB_PAGE.equals(st.redirectUri())) {
                ctx.redirect(st.redirectUri() + "#error=" + URLEncoder.encode(error, StandardCharsets.UTF_8));
                return;
            }
            throw new ApiException(403, "sign_in_denied", "Google sign-in did not finish (" + JsonBody.clip(error) + "); Hearback needs your consent to read interview mail.");
        }
        String code = ctx.queryParam("code");
        if (code == null || code.isBlank()) throw ApiException.badRequest("Google sent no authorization code; start signing in again.");
        GoogleAccount account;
        try {
            account = google.exchange(code, st.codeVerifier());
        } catch (SignInException e) {
            throw new ApiException(502, "sign_in_failed", e.getMessage());
        }
        User user = users.upsert(account.subject(), account.email());
        if (account.refreshToken() != null) {
            users.saveRefreshToken(user.id(), account.refreshToken());
        } else if (users.refreshToken(user.id()).isEmpty()) {
            throw new ApiException(502, "no_offline_access", "Google did not grant offline access. Remove Hearback at "
                    + "https://myaccount.google.com/permissions and sign in again.");
        }
        analyses.forget(user); // a new grant: drop mail read with the old one
        finish(ctx, user, st.redirectUri());
    }

    private void finish(Context ctx, User user, String target) {
        IssuedSession s = sessions.create(user.id(), sessionTtl);
        ctx.header("Cache-Control", "no-store");
        if (WEB_PAGE.equals(target)) {
            ctx.cookie(sessionCookie(s.token(), (int) sessionTtl.toSeconds()));
            ctx.redirect(WEB_PAGE);
            return;
        }
        URI u = redirects.check(target).orElseThrow(); // re-checked: the state row is ours, but be strict
        ctx.redirect(u + "#token=" + URLEncoder.encode(s.token(), StandardCharsets.UTF_8)
                + "&expires=" + URLEncoder.encode(s.expiresAt().toString(), StandardCharsets.UTF_8));
    }

    /** {@code POST /api/logout}: ends the bearer token's session. */
    void logout(Context ctx) {
        SessionAuth.bearerToken(ctx).ifPresent(sessions::revoke);
        ctx.status(204);
    }

    /** {@code POST /auth/logout}: the web page's sign-out form. */
    void webLogout(Context ctx) {
        String t = ctx.cookie(SessionAuth.COOKIE);
        if (t != null && !t.isEmpty()) sessions.revoke(t);
        ctx.cookie(sessionCookie("", 0));
        ctx.redirect(WEB_PAGE, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Cookie sessionCookie(String value, int maxAge) {
        // Lax: the cookie rides along when the user follows a link here, never on another site's POST.
        return new Cookie(SessionAuth.COOKIE, value, "/", maxAge, secureCookies, 0, true, null, null, SameSite.LAX);
    }
}
