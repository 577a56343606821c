package dev.hearback.server;

import com.google.api.client.http.javanet.NetHttpTransport;
import dev.hearback.account.DemoMail;
import dev.hearback.account.GmailMail;
import dev.hearback.account.MailSource;
import dev.hearback.account.UserAnalyses;
import dev.hearback.cli.DemoMailbox;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The composition root: opens storage, picks the mail source (Gmail, or the demo mailbox), wires
 * sign-in and the web routes, and starts Javalin. {@link #close()} stops it all.
 */
public final class HearbackServer implements AutoCloseable {
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

    public static HearbackServer start(ServerConfig requested, Map<String, String> env) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return start(requested, env, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static HearbackServer start(ServerConfig requested, Map<String, String> env, List<AutoCloseable> resources) {
        boolean demo = requested.demo();
        AtomicReference<String> baseUrl = new AtomicReference<>(requested.publicUrl());
        // Start-up is mostly class loading and one-time set-up on one thread; a second core is free.
        // Parse the demo mailbox and load the holiday tables there while storage and Jetty start here.
        CompletableFuture<DemoMail> demoMailbox = demo ? inBackground("hearback-demo-mailbox", () -> new DemoMail(baseUrl::get))
                : CompletableFuture.completedFuture(null);
        inBackground("hearback-holidays", () -> BusinessCalendar.of(UserSettings.DEFAULTS.country()));
        Database db = demo && !env.containsKey(DatabaseConfig.ENV_URL) ? demoDatabase(resources) : Database.fromEnv(env);
        resources.add(0, db);
        TokenCipher cipher = KeysetLoader.cipherFor(db, env);
        UserRepository users = new UserRepository(db, cipher);
        SessionStore sessions = new SessionStore(db);
        SettingsRepository settings = new SettingsRepository(db);
        ThreadStateRepository threadStates = new ThreadStateRepository(db);

        MailSource mail;
        Optional<DemoMail> demoMail = Optional.empty();
        Optional<User> demoUser = Optional.empty();
        Optional<GoogleSignIn> google = Optional.empty();
        Clock planClock;
        if (demo) {
            DemoMail dm = joined(demoMailbox);
            demoMail = Optional.of(dm);
            mail = dm;
            demoUser = Optional.of(users.upsert(DEMO_SUBJECT, DemoMailbox.USER));
            planClock = Clock.fixed(DemoMailbox.CLOCK, ZoneOffset.UTC); // the demo's mail is planned as of its own day
        } else {
            GmailService gmail = new GmailService(GmailConfig.fromEnv(env));
            resources.add(gmail);
            mail = new GmailMail(gmail, users);
            google = Optional.of(new GoogleSignIn(GoogleOAuthConfig.fromEnv(env, requested.publicUrl()),
                    new NetHttpTransport(), Clock.systemUTC()));
            planClock = Clock.systemUTC();
        }
        UserAnalyses analyses = new UserAnalyses(mail, settings, threadStates, planClock, requested.refreshEvery());
        Javalin app = WebApp.create(new WebApp.Deps(requested, sessions, users, new OAuthStateStore(db), settings,
                threadStates, analyses, mail, google, demoMail, demoUser, new AddonRoutes(Optional.empty())));
        app.start(requested.host(), requested.port());
        ServerConfig bound = requested.withPort(app.port());
        baseUrl.set(bound.publicUrl());
        // The demo has one user: plan their mailbox now, so the first GET /api/threads finds it ready
        // (a request that comes sooner waits for this same planning rather than starting another).
        demoUser.ifPresent(u -> inBackground("hearback-demo-plan", () -> analyses.snapshot(u)));
        return new HearbackServer(app, bound, resources);
    }

    /** Runs {@code work} on a daemon thread of its own; a failure is left in the future for whoever joins it. */
    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable e) {
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
    private static Database demoDatabase(List<AutoCloseable> resources) {
        try {
            Path dir = Files.createTempDirectory("hearback-demo");
            resources.add(() -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            });
            return Database.open("jdbc:sqlite:" + dir.resolve("demo.db"));
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
            } catch (Exception ignored) {
                // closing on the way out: nothing more to do with a failure here
            }
        }
    }
}
