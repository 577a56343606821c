package dev.hearback.web;

import dev.hearback.addon.AddonHandlers;
import io.javalin.Javalin;
import java.util.Optional;

/**
 * The Gmail add-on's endpoints ({@code /addon/*}, docs/addon.md), present when the add-on is
 * configured (HEARBACK_ADDON_URL). Google POSTs an event with an ID token; {@link AddonHandlers}
 * verifies it before reading anything.
 */
public final class AddonRoutes {
    private final Optional<AddonHandlers> handlers;

    public AddonRoutes(Optional<AddonHandlers> handlers) {
        this.handlers = handlers;
    }

    void register(Javalin app) {
        if (handlers.isEmpty()) return;
        AddonHandlers h = handlers.get();
        byte[] logo = AddonHandlers.logoPng();
        app.get(AddonHandlers.LOGO, ctx -> ctx.contentType("image/png").header("Cache-Control", "public, max-age=86400").result(logo));
        for (String route : AddonHandlers.ROUTES) {
            app.post(route, ctx -> {
                var r = h.handle(ctx.path(), ctx.header("Authorization"), ctx.header("X-Goog-Gmail-Access-Token"), ctx.bodyAsBytes());
                ctx.status(r.status()).contentType("application/json").result(r.json());
            });
        }
    }
}
