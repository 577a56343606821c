package dev.hearback.addonserver;

import dev.hearback.account.UserAnalyses;
import dev.hearback.addon.GmailContext;
import dev.hearback.addon.ThreadAnalyzer;
import dev.hearback.addonserver.GoogleTokenInfo.GoogleUser;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.AnalysisSettings;
import dev.hearback.engine.Corrections;
import dev.hearback.engine.Engine;
import dev.hearback.engine.ThreadVerdict;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.Message;
import dev.hearback.store.SettingsRepository;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.User;
import dev.hearback.store.UserSettings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The open thread's verdict: read it with the event's tokens, then plan it with the user's settings
 * and their correction of this thread (a correction outranks inference). A user Hearback does not
 * know gets the default settings in the zone Google sent with the event, and no corrections.
 */
final class AddonThreadAnalyzer implements ThreadAnalyzer {
    private final AddonAccounts accounts;
    private final AddonMail mail;
    private final SettingsRepository settings;
    private final ThreadStateRepository states;
    private final Clock clock;
    private final Engine engine = new Engine();

    AddonThreadAnalyzer(AddonAccounts accounts, AddonMail mail, SettingsRepository settings,
            ThreadStateRepository states, Clock clock) {
        this.accounts = accounts;
        this.mail = mail;
        this.settings = settings;
        this.states = states;
        this.clock = clock;
    }

    @Override
    public ThreadVerdict analyze(GmailContext ctx) throws Exception {
        GoogleUser who = accounts.google(ctx.userOAuthToken());
        Optional<User> user = accounts.find(who);
        MailThread thread = mail.thread(ctx, who);

        Optional<UserSettings> saved = user.flatMap(u -> settings.find(u.id()));
        UserSettings s = saved.orElse(UserSettings.DEFAULTS);
        ZoneId zone = saved.isPresent() || ctx.zone() == null ? s.zone() : ctx.zone();
        Corrections corrections = user
                .map(u -> UserAnalyses.corrections(List.of(states.get(u.id(), ctx.threadId()))))
                .orElse(Corrections.NONE);

        Analysis a = engine.analyze(List.of(thread),
                new AnalysisSettings(me(who, user, thread), clock.instant(), zone, s.country(), s.preset()), corrections);
        if (!a.threads().isEmpty()) return new ThreadVerdict.Interview(a.threads().get(0));
        return new ThreadVerdict.NotInterview(a.ignored().get(0));
    }

    /**
     * The user's addresses: the signed-in one, token info's when it told one, and the senders of the
     * thread's messages Gmail labels SENT (the add-on usually has no other way to know who "me" is).
     */
    static Set<String> me(GoogleUser who, Optional<User> user, MailThread thread) {
        Set<String> me = new HashSet<>();
        user.filter(u -> !u.email().equals(AddonAccounts.placeholderEmail(u.googleSub()))).map(User::email).ifPresent(me::add);
        if (who.email() != null) me.add(who.email());
        for (Message m : thread.messages()) {
            boolean sent = m.labels().stream().anyMatch(l -> l.equalsIgnoreCase("SENT"));
            if (sent && m.from() != null && !m.from().email().isBlank()) me.add(m.from().email());
        }
        return me;
    }
}
