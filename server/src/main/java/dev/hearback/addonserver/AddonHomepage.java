package dev.hearback.addonserver;

import dev.hearback.account.SignInAgainException;
import dev.hearback.account.Snapshot;
import dev.hearback.account.UserAnalyses;
import dev.hearback.addon.AddonEvent;
import dev.hearback.addon.HomepageSource;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.ThreadReport;
import dev.hearback.store.TokenCipher;
import dev.hearback.store.User;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The homepage checklist: the linked user's planned mailbox (the same cached snapshot the extension
 * reads), without dismissed and snoozed threads. Empty, so the card explains how to link, when the
 * Google account never signed in to Hearback or Hearback no longer holds its Google grant.
 */
final class AddonHomepage implements HomepageSource {
    private static final Logger LOG = LoggerFactory.getLogger(AddonHomepage.class);

    private final AddonAccounts accounts;
    private final UserAnalyses analyses;

    AddonHomepage(AddonAccounts accounts, UserAnalyses analyses) {
        this.accounts = accounts;
        this.analyses = analyses;
    }

    @Override
    public Optional<Analysis> analysis(AddonEvent event) throws Exception {
        if (event.userOAuthToken() == null) return Optional.empty();
        Optional<User> user = accounts.find(accounts.google(event.userOAuthToken()));
        if (user.isEmpty()) return Optional.empty();
        Snapshot s;
        try {
            if (!accounts.linked(user.get())) return Optional.empty();
            s = analyses.snapshot(user.get());
        } catch (SignInAgainException | TokenCipher.DecryptionException e) {
            LOG.info("add-on homepage: user {} must sign in again ({})", user.get().id(), e.getMessage());
            return Optional.empty();
        }
        Analysis a = s.analysis();
        List<ThreadReport> open = a.threads().stream()
                .filter(r -> !s.state(r.threadId()).dismissed() && !s.snoozed(r.threadId()))
                .toList();
        return Optional.of(new Analysis(a.now(), a.zone(), a.preset(), open, a.ignored()));
    }
}
