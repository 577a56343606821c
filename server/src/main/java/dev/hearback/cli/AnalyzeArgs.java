package dev.hearback.cli;

import dev.hearback.plan.BusinessCalendar;
import dev.hearback.plan.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The arguments of {@code analyze} (analyze-contract.md), checked before any work is done. */
record AnalyzeArgs(Path mbox, Path emlDir, Set<String> me, Instant now, ZoneId zone, String country, Preset preset, boolean json) {

    static AnalyzeArgs parse(String[] args, boolean stdoutIsTerminal) {
        Path mbox = null;
        Path eml = null;
        Set<String> me = new LinkedHashSet<>();
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        String country = "US";
        Preset preset = Preset.BALANCED;
        Boolean json = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--mbox" -> { mbox = Path.of(need(a, v)); i++; }
                case "--eml" -> { eml = Path.of(need(a, v)); i++; }
                case "--me" -> { Arrays.stream(need(a, v).split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(me::add); i++; }
                case "--now" -> { now = instant(need(a, v)); i++; }
                case "--zone" -> { zone = zone(need(a, v)); i++; }
                case "--country" -> { country = need(a, v); BusinessCalendar.of(country); i++; }
                case "--preset" -> { preset = Preset.parse(need(a, v)); i++; }
                case "--format" -> {
                    String f = need(a, v);
                    if (!f.equals("json") && !f.equals("text")) throw new UsageException("--format takes json or text, not '" + f + "'");
                    json = f.equals("json");
                    i++;
                }
                default -> throw new UsageException("unknown argument '" + a + "'");
            }
        }
        if ((mbox == null) == (eml == null)) throw new UsageException("give exactly one of --mbox FILE or --eml DIR");
        if (me.isEmpty()) throw new UsageException("--me ADDRESS is required (several may be given, comma-separated)");
        if (mbox != null && !Files.isReadable(mbox)) throw new UsageException("cannot read mbox file " + mbox);
        if (mbox != null && Files.isDirectory(mbox)) throw new UsageException(mbox + " is a folder; use --eml for a folder of .eml files");
        if (eml != null && !Files.isDirectory(eml)) throw new UsageException("not a folder: " + eml);
        return new AnalyzeArgs(mbox, eml, me, now, zone, country, preset, json != null ? json : !stdoutIsTerminal);
    }

    private static String need(String flag, String value) {
        if (value == null || value.startsWith("--")) throw new UsageException(flag + " needs a value");
        return value;
    }

    private static Instant instant(String v) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--now takes an ISO-8601 instant such as 2026-11-20T17:00:00Z, not '" + v + "'");
        }
    }

    private static ZoneId zone(String v) {
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new UsageException("unknown time zone '" + v + "' (an IANA name such as America/New_York)");
        }
    }
}
