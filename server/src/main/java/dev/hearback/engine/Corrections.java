package dev.hearback.engine;

import dev.hearback.plan.Stage;
import java.util.Map;
import java.util.Set;

/**
 * What the user told Hearback about threads, which outranks inference: threads that are or are not
 * interviews, and an outcome they set by hand (for example an offer accepted by phone).
 */
public record Corrections(Set<String> notInterview, Set<String> isInterview, Map<String, Stage> outcomes) {
    public static final Corrections NONE = new Corrections(Set.of(), Set.of(), Map.of());

    public Corrections {
        notInterview = Set.copyOf(notInterview);
        isInterview = Set.copyOf(isInterview);
        outcomes = Map.copyOf(outcomes);
    }
}
