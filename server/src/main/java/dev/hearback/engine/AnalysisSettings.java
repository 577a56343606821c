package dev.hearback.engine;

import dev.hearback.plan.Preset;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Who the user is and the clock, zone, holiday country and preset to plan with. */
public record AnalysisSettings(Set<String> me, Instant now, ZoneId zone, String country, Preset preset) {
    public AnalysisSettings {
        me = me.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        country = country.strip().toUpperCase(Locale.ROOT);
    }
}
