package dev.hearback.addonserver;

import dev.hearback.account.UserAnalyses;
import dev.hearback.addon.AddonEvent;
import dev.hearback.addon.StateChange;
import dev.hearback.addon.ThreadStateWriter;
import dev.hearback.store.SettingsRepository;
import dev.hearback.store.ThreadState;
import dev.hearback.store.ThreadStatePatch;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.User;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Snooze", "Not an interview", "This is an interview": stored as {@code POST /api/threads/{id}/state}
 * stores them, for the user behind the event (created when Hearback does not know them yet, so the
 * choice is kept and the extension sees it after they sign in). The user's planned mailbox is
 * dropped at once, as after any change they make.
 */
final class AddonStateWriter implements ThreadStateWriter {
    private final AddonAccounts accounts;
    private final ThreadStateRepository states;
    private final SettingsRepository settings;
    private final UserAnalyses analyses;
    private final Clock clock;

    AddonStateWriter(AddonAccounts accounts, ThreadStateRepository states, SettingsRepository settings,
            UserAnalyses analyses, Clock clock) {
        this.accounts = accounts;
        this.states = states;
        this.settings = settings;
        this.analyses = analyses;
        this.clock = clock;
    }

    @Override
    public void apply(AddonEvent event, String threadId, StateChange change) throws Exception {
        User user = accounts.findOrCreate(accounts.google(event.userOAuthToken()));
        ThreadStatePatch patch;
        if (change instanceof StateChange.Snooze s) {
            // The day the add-on's notification names: in the zone Google sent, else the user's.
            ZoneId zone = event.zone().orElseGet(() -> settings.get(user.id()).zone());
            patch = ThreadStatePatch.empty().snoozedUntil(LocalDate.now(clock.withZone(zone)).plusDays(s.days()));
        } else {
            StateChange.Correction c = (StateChange.Correction) change;
            patch = ThreadStatePatch.empty().correction(ThreadState.Correction.valueOf(c.kind().name()));
        }
        states.update(user.id(), threadId, patch);
        analyses.invalidate(user.id());
    }
}
