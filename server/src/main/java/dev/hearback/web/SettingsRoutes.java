package dev.hearback.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearback.account.UserAnalyses;
import dev.hearback.store.SettingsRepository;
import dev.hearback.store.User;
import dev.hearback.store.UserSettings;
import io.javalin.http.Context;
import java.util.Set;

/** {@code GET/PUT /api/settings}: zone, holiday country and timing preset. */
final class SettingsRoutes {
    private static final Set<String> FIELDS = Set.of("zone", "country", "preset");
    private final SettingsRepository settings;
    private final UserAnalyses analyses;

    SettingsRoutes(SettingsRepository settings, UserAnalyses analyses) {
        this.settings = settings;
        this.analyses = analyses;
    }

    record SettingsView(String email, String zone, String country, String preset) {
        static SettingsView of(User u, UserSettings s) {
            return new SettingsView(u.email(), s.zone().getId(), s.country(), s.preset().id());
        }
    }

    void get(Context ctx) {
        User u = SessionAuth.user(ctx);
        ctx.json(SettingsView.of(u, settings.get(u.id())));
    }

    void put(Context ctx) {
        User u = SessionAuth.user(ctx);
        ObjectNode b = JsonBody.object(ctx, FIELDS);
        UserSettings s = settings.get(u.id());
        try {
            if (b.has("zone")) s = s.withZone(JsonBody.text(b, "zone"));
            if (b.has("country")) s = s.withCountry(JsonBody.text(b, "country"));
            if (b.has("preset")) s = s.withPreset(JsonBody.text(b, "preset"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(capitalized(e.getMessage()) + ".");
        }
        s = settings.put(u.id(), s);
        analyses.invalidate(u.id());
        ctx.json(SettingsView.of(u, s));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
