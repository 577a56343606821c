package dev.hearback.server;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.common.base.Suppliers;
import dev.hearback.account.DemoMail;
import dev.hearback.account.GmailMail;
import dev.hearback.account.MailSource;
import dev.hearback.account.UserAnalyses;
import dev.hearback.addon.AddonConfig;
import dev.hearback.addon.AddonTokenVerifier;
import dev.hearback.addonserver.AddonBackend;
import dev.hearback.addonserver.GoogleTokenInfo;
import dev.hearback.gmail.GmailConfig;
import dev.hearback.gmail.GmailService;
import dev.hearback.plan.BusinessCalendar;
import dev.hearback.signin.GoogleOAuthConfig;
import dev.hearback.signin.GoogleSignIn;
import dev.hearback.store.Database;
import dev.hearback.store.DatabaseConfig;
import dev.hearback.store.KeysetLoader;
import dev.hearback.store.OAuthStateStore;
import dev.hearback.store.SessionStore;
import dev.hearback.store.SettingsRepository;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.TokenCipher;
import dev.hearback.store.User;
import dev.hearback.store.UserRepository;
import dev.hearback.store.UserSettings;
import dev.hearback.web.AddonRoutes;
import dev.hearback.web.ServerConfig;
import dev.hearback.web.WebApp;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The composition root: opens storage, picks the mail source (Gmail, or the demo mailbox), wires
 * sign-in and the web routes, and starts Javalin. {@link #close()} stops it all.
 */
public final class HearbackServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HearbackServer.class);
    /** The demo's single Google identity (no Google involved). */
    static final String DEMO_SUBJECT = "hearback-demo";

    private final Javalin app;
    private final ServerConfig config;
    private final List<AutoCloseable> resources;

    private HearbackServer(Javalin app, ServerConfig config, List<AutoCloseable> resources) {
        this.app = app;
        this.config = config;
        this.resources = resources;
    }

    /**
     * What tests replace, and nothing else: where the keys that sign the add-on's ID tokens come from
     * (Google's published certificates in production), and the clock mail is planned by.
     */
    record Seams(AddonTokenVerifier.KeySource addonKeys, Clock clock) {
        static Seams production() {
            // Google's HTTP client is loaded when an add-on request first needs the keys, not on every start.
            Supplier<AddonTokenVerifier.KeySource> google = Suppliers.memoize(AddonTokenVerifier::googleKeys);
            return new Seams(() -> google.get().publicKeys(), Clock.systemUTC());
        }
    }

    /** Production (Gmail), or with {@code config.demo()} the bundled demo mailbox. */
    public static HearbackServer start(ServerConfig requested, Map<String, String> env) {
        return start(requested, env, Seams.production());
    }

    /** {@code local} is what the demo serves instead of Gmail; null in production. */
    public static HearbackServer start(ServerConfig requested, Map<String, String> env, LocalMailbox local) {
        return start(requested, env, local, Seams.production());
    }

    static HearbackServer start(ServerConfig requested, Map<String, String> env, Seams seams) {
        // Start-up is mostly class loading and one-time set-up on one thread while a second core is
        // free: the bundled mailbox is read there while storage and Jetty start here.
        return startWith(requested, env, requested.demo() ? inBackground("hearback-demo-mailbox", LocalMailbox::bundled)
                : CompletableFuture.completedFuture(null), seams);
    }

    static HearbackServer start(ServerConfig requested, Map<String, String> env, LocalMailbox local, Seams seams) {
        if (requested.demo() != (local != null)) throw new IllegalArgumentException("a local mailbox is served in demo mode only");
        return startWith(requested, env, CompletableFuture.completedFuture(local), seams);
    }

    private static HearbackServer startWith(ServerConfig requested, Map<String, String> env, CompletableFuture<LocalMailbox> local,
                                            Seams seams) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return start(requested, env, local, seams, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static HearbackServer start(ServerConfig requested, Map<String, String> env, CompletableFuture<LocalMailbox> localMail,
                                        Seams seams, List<AutoCloseable> resources) {
        boolean demo = requested.demo();
        // Start-up is mostly class loading and one-time set-up, and most of its parts need nothing from
        // each other: each starts on a thread of its own, and this one joins them before the server answers.
        // The holiday tables (jollyday's JAXB) are the first request's biggest one-time cost: load them aside now,
        // with this year's and next year's holidays, which every plan made now looks up.
        inBackground("hearback-holidays", () -> {
            BusinessCalendar calendar = BusinessCalendar.of(UserSettings.DEFAULTS.country());
            LocalDate today = LocalDate.now(seams.clock());
            return calendar.isHoliday(today) || calendar.isHoliday(today.plusYears(1));
        });
        // The add-on is on only when configured (HEARBACK_ADDON_URL), in the demo too.
        Optional<AddonConfig> addonConfig = AddonConfig.fromEnv(env);
        boolean throwaway = demo && !env.containsKey(DatabaseConfig.ENV_URL);
        DatabaseConfig dbConfig = throwaway ? demoDatabase(resources) : DatabaseConfig.fromEnv(env);
        // Storage: the JDBC driver (SQLite's native library), the pool and Flyway's migration.
        CompletableFuture<Database> opening = aside("hearback-storage", () -> Database.open(dbConfig));
        // Closed on every way out, including a failure here before it is joined.
        resources.add(0, () -> {
            Database opened = opening.handle((db, failure) -> db).join();
            if (opened != null) opened.close();
        });
        // Tink's registration and the keyset. The demo's database is thrown away on exit, so its key may
        // be too (and nothing warns about it); it is made if the demo ever encrypts something.
        CompletableFuture<TokenCipher> keyset = throwaway ? CompletableFuture.completedFuture(TokenCipher.throwaway())
                : aside("hearback-keyset", () -> KeysetLoader.cipherFor(dbConfig, env));
        // Meanwhile, here: what needs no database. Javalin, Jetty and the JSON mapper; Gmail and Google sign-in.
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Javalin app = WebApp.server(requested, ready);
        GmailService gmail = null;
        if (!demo || addonConfig.isPresent()) {
            gmail = new GmailService(GmailConfig.fromEnv(env));
            resources.add(gmail);
        }
        Optional<GoogleSignIn> google = demo ? Optional.empty() : Optional.of(new GoogleSignIn(
                GoogleOAuthConfig.fromEnv(env, requested.oauthRedirectUri()), new NetHttpTransport(), Clock.systemUTC()));
        // Jetty starts, and listens, while storage may still be opening: a request that comes before the rest is
        // ready waits in front of all of Javalin (WebApp's StartupGate) and is then served by the complete server,
        // so /healthz still answers only when everything is ready.
        app.start(requested.host(), requested.port());
        ServerConfig bound = requested.withPort(app.port());
        try {
            complete(app, requested, bound, env, localMail, opening, keyset, gmail, google, addonConfig, seams);
            ready.complete(null);
        } catch (Throwable e) {
            ready.completeExceptionally(e); // requests that were waiting are answered 503
            try {
                app.stop();
            } catch (RuntimeException stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
        return new HearbackServer(app, bound, resources);
    }

    /** Storage, the keyset and the mail source joined into the routes, on a server already listening behind its gate. */
    private static void complete(Javalin app, ServerConfig requested, ServerConfig bound, Map<String, String> env,
                                 CompletableFuture<LocalMailbox> localMail, CompletableFuture<Database> opening,
                                 CompletableFuture<TokenCipher> keyset, GmailService gmail, Optional<GoogleSignIn> google,
                                 Optional<AddonConfig> addonConfig, Seams seams) {
        Database db = joined(opening);
        TokenCipher cipher = joined(keyset);
        UserRepository users = new UserRepository(db, cipher);
        SessionStore sessions = new SessionStore(db);
        SettingsRepository settings = new SettingsRepository(db);
        ThreadStateRepository threadStates = new ThreadStateRepository(db);

        MailSource mail;
        Optional<DemoMail> demoMail = Optional.empty();
        Optional<User> demoUser = Optional.empty();
        Clock planClock;
        if (requested.demo()) {
            LocalMailbox local = joined(localMail);
            String baseUrl = bound.publicUrl();
            DemoMail dm = new DemoMail(local.mailbox(), () -> baseUrl);
            demoMail = Optional.of(dm);
            mail = dm;
            demoUser = Optional.of(users.upsert(DEMO_SUBJECT, local.me()));
            planClock = local.clock();
        } else {
            mail = new GmailMail(gmail, users);
            planClock = seams.clock();
        }
        UserAnalyses analyses = new UserAnalyses(mail, settings, threadStates, planClock, requested.refreshEvery());
        // The demo has one user: plan their mailbox now, while the routes are made, so the first GET /api/threads
        // finds it ready (a request that comes sooner waits for this same planning rather than starting another).
        demoUser.ifPresent(u -> inBackground("hearback-demo-plan", () -> analyses.snapshot(u)));
        AddonRoutes addon = new AddonRoutes(addonConfig.map(cfg -> AddonBackend.handlers(cfg, seams.addonKeys(),
                new AddonBackend.Deps(gmail, GoogleTokenInfo.fromEnv(env), users, settings, threadStates, analyses,
                        seams.clock()))));
        WebApp.routes(app, new WebApp.Deps(requested, sessions, users, new OAuthStateStore(db), settings,
                threadStates, analyses, mail, google, demoMail, demoUser, addon));
    }

    /** Runs {@code work} on a daemon thread of its own; a failure is logged, and left in the future for whoever joins it. */
    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        return onThread(name, work, true);
    }

    /** Runs {@code work} on a daemon thread of its own; a failure is only left in the future, which start-up joins and throws. */
    private static <T> CompletableFuture<T> aside(String name, Supplier<T> work) {
        return onThread(name, work, false);
    }

    private static <T> CompletableFuture<T> onThread(String name, Supplier<T> work, boolean logFailure) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable e) {
                // Warm-ups nobody joins would otherwise fail in silence; the request path redoes them.
                if (logFailure) LOG.warn("{} failed: {}", name, e.toString());
                f.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The demo starts empty every time: a throwaway SQLite file, deleted on close. */
    private static DatabaseConfig demoDatabase(List<AutoCloseable> resources) {
        try {
            Path dir = Files.createTempDirectory("hearback-demo");
            resources.add(() -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            });
            return DatabaseConfig.of("jdbc:sqlite:" + dir.resolve("demo.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo database", e);
        }
    }

    public ServerConfig config() {
        return config;
    }

    public int port() {
        return app.port();
    }

    /** Where a person opens the server. */
    public String url() {
        return config.publicUrl() + "/";
    }

    @Override
    public void close() {
        app.stop();
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                // On the way out nothing more can be done, but a database that did not close cleanly is worth a line.
                LOG.warn("closing {} failed: {}", r, e.toString());
            }
        }
    }
}
