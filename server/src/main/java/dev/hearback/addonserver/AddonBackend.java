package dev.hearback.addonserver;

import dev.hearback.account.UserAnalyses;
import dev.hearback.addon.AddonConfig;
import dev.hearback.addon.AddonHandlers;
import dev.hearback.addon.AddonTokenVerifier;
import dev.hearback.gmail.GmailService;
import dev.hearback.store.SettingsRepository;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.UserRepository;
import java.time.Clock;

/**
 * The server's side of the Gmail add-on (docs/addon.md): the four things {@link AddonHandlers}
 * calls, over Hearback's Gmail client, storage and planned snapshots.
 *
 * <ul>
 *   <li>{@link AddonThreadAnalyzer}: the open thread, read with the event's tokens, planned with the
 *       user's settings and correction;</li>
 *   <li>{@link AddonDraftCreator}: the reply draft in that thread;</li>
 *   <li>{@link AddonStateWriter}: snooze and corrections, stored for the user (created if new);</li>
 *   <li>{@link AddonHomepage}: the linked user's checklist.</li>
 * </ul>
 *
 * The user behind an event is found by Google's {@code sub} for its user token ({@link GoogleTokenInfo}).
 */
public final class AddonBackend {
    private AddonBackend() {}

    /** What the add-on's server side is made of, from the composition root. */
    public record Deps(GmailService gmail, GoogleTokenInfo tokenInfo, UserRepository users, SettingsRepository settings,
                       ThreadStateRepository threadStates, UserAnalyses analyses, Clock clock) {}

    /**
     * The add-on's request handlers.
     *
     * @param keys where the keys that sign Google's ID tokens come from ({@link AddonTokenVerifier#googleKeys()})
     */
    public static AddonHandlers handlers(AddonConfig config, AddonTokenVerifier.KeySource keys, Deps d) {
        AddonAccounts accounts = new AddonAccounts(d.tokenInfo(), d.users());
        AddonMail mail = new AddonMail(d.gmail());
        return new AddonHandlers(config, new AddonTokenVerifier(keys, config, d.clock()),
                new AddonThreadAnalyzer(accounts, mail, d.settings(), d.threadStates(), d.clock()),
                new AddonDraftCreator(accounts, mail),
                new AddonStateWriter(accounts, d.threadStates(), d.settings(), d.analyses(), d.clock()),
                new AddonHomepage(accounts, d.analyses()),
                d.clock());
    }
}
