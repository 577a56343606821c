package dev.hearback.cli;

import dev.hearback.engine.AnalysisSettings;
import dev.hearback.plan.Preset;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** The demo mailbox bundled in the jar (written for Hearback, not real mail) and its fixed clock. */
public final class DemoMailbox {
    public static final String RESOURCE = "/demo/demo.mbox";
    public static final String USER = "jordan.lee@gmail.com";
    public static final Instant CLOCK = Instant.parse("2026-11-19T15:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    private DemoMailbox() {}

    public static InputStream open() throws FileNotFoundException {
        InputStream in = DemoMailbox.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new FileNotFoundException("the jar has no " + RESOURCE);
        return in;
    }

    public static AnalysisSettings settings() {
        return new AnalysisSettings(Set.of(USER), CLOCK, ZONE, "US", Preset.BALANCED);
    }
}
