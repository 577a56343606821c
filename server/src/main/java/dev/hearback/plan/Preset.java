package dev.hearback.plan;

import java.util.Locale;

/** The planner's timing presets (policy.md, "Presets"). */
public enum Preset {
    BALANCED, PATIENT, ASSERTIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Preset parse(String s) {
        for (Preset p : values()) {
            if (p.id().equalsIgnoreCase(s.strip())) return p;
        }
        throw new IllegalArgumentException("unknown preset '" + s + "' (balanced, patient or assertive)");
    }
}
