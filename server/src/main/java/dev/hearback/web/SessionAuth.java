package dev.hearback.web;

import dev.hearback.store.SessionStore;
import dev.hearback.store.User;
import dev.hearback.store.UserRepository;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is calling: the extension sends {@code Authorization: Bearer <session token>}; the web page at
 * {@code /} carries the same kind of token in an HttpOnly cookie. Tokens are stored only hashed.
 */
public final class SessionAuth {
    static final String COOKIE = "hearback_session";
    private static final String USER = "hearback.user";
    private final SessionStore sessions;
    private final UserRepository users;

    public SessionAuth(SessionStore sessions, UserRepository users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** For {@code /api}: the bearer token's user, or 401. */
    void requireBearer(Context ctx) {
        String token = bearerToken(ctx).orElseThrow(() -> ApiException.unauthorized(
                "Sign in to Hearback: this request carries no session token."));
        User u = userOf(token).orElseThrow(() -> ApiException.unauthorized(
                "Your Hearback session has expired or was signed out; sign in again."));
        ctx.attribute(USER, u);
    }

    static User user(Context ctx) {
        User u = ctx.attribute(USER);
        if (u == null) throw new IllegalStateException("route is not behind requireBearer");
        return u;
    }

    static Optional<String> bearerToken(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        String t = h.substring(7).strip();
        return t.isEmpty() || t.length() > 512 ? Optional.empty() : Optional.of(t);
    }

    /** The web page's signed-in user, if its cookie holds a live session. */
    Optional<User> cookieUser(Context ctx) {
        String t = ctx.cookie(COOKIE);
        return t == null || t.isEmpty() || t.length() > 512 ? Optional.empty() : userOf(t);
    }

    private Optional<User> userOf(String token) {
        return sessions.find(token).flatMap(s -> users.find(s.userId()));
    }
}
