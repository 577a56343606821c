package dev.hearback.engine;

import dev.hearback.plan.Preset;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The engine's answer for a mailbox: interview threads most urgent first, and the rest with reasons. */
public record Analysis(Instant now, ZoneId zone, Preset preset, List<ThreadReport> threads, List<IgnoredThread> ignored) {}
