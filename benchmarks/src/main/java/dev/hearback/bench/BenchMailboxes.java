package dev.hearback.bench;

import dev.hearback.cli.DemoMailbox;
import dev.hearback.engine.AnalysisSettings;
import dev.hearback.plan.Preset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The two labelled mailboxes the benchmarks read: the shared sample (outside the repository, path
 * from {@code -Dhearback.sample}, by default {@code ../shared/samples/sample.mbox} from the
 * repository root) and the demo mailbox bundled in the server jar. Each comes with the settings its
 * labels were written for, so the engine plans them as the tests do.
 */
public enum BenchMailboxes {
    sample {
        @Override
        byte[] bytes() {
            Path p = Path.of(System.getProperty("hearback.sample", "../shared/samples/sample.mbox"));
            try {
                return Files.readAllBytes(p);
            } catch (IOException e) {
                throw new UncheckedIOException("no sample mailbox at " + p.toAbsolutePath() + " (set -Dhearback.sample=PATH)", e);
            }
        }

        @Override
        AnalysisSettings settings() {
            return new AnalysisSettings(Set.of("sam.rivera@gmail.com"), Instant.parse("2026-11-20T17:00:00Z"),
                    ZoneId.of("America/New_York"), "US", Preset.BALANCED);
        }
    },
    demo {
        @Override
        byte[] bytes() {
            try (InputStream in = DemoMailbox.open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        AnalysisSettings settings() {
            return DemoMailbox.settings();
        }
    };

    abstract byte[] bytes();

    abstract AnalysisSettings settings();
}
