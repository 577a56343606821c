package dev.hearback.addon;

import dev.hearback.engine.Analysis;
import java.util.Optional;

/**
 * The linked Hearback account's latest analysis, for the homepage checklist; empty when the Google
 * user behind {@code event.userOAuthToken()} has not linked Hearback (signed in through the extension
 * or the web page). Leave out dismissed and snoozed threads, as {@code GET /api/threads} does.
 */
@FunctionalInterface
public interface HomepageSource {
    Optional<Analysis> analysis(AddonEvent event) throws Exception;
}
