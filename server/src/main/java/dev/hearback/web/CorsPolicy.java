package dev.hearback.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.function.Predicate;

/**
 * Cross-origin calls to {@code /api} only from the configured extension origins. A request from any
 * other origin is refused outright (not merely left without CORS headers), so a page that tricks a
 * browser into calling the API learns nothing and changes nothing.
 */
public final class CorsPolicy {
    private final Predicate<String> allowed;
    private final String ownOrigin;

    public CorsPolicy(Predicate<String> allowed, String ownOrigin) {
        this.allowed = allowed;
        this.ownOrigin = ownOrigin;
    }

    /** Runs before every {@code /api} route; answers preflights itself. */
    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals(ownOrigin)) return; // same origin, or not a browser
        if (!allowed.test(origin)) {
            throw new ApiException(403, "forbidden_origin", "Requests from " + truncate(origin) + " are not allowed.");
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        if (ctx.method() == HandlerType.OPTIONS) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    private static String truncate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
