package dev.hearback.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.hearback.account.DemoMail;
import dev.hearback.account.MailSource;
import dev.hearback.signin.GoogleSignIn;
import dev.hearback.signin.RedirectPolicy;
import dev.hearback.store.OAuthStateStore;
import dev.hearback.store.SessionStore;
import dev.hearback.store.SettingsRepository;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.UserRepository;
import dev.hearback.account.MailUnavailableException;
import dev.hearback.account.SignInAgainException;
import dev.hearback.account.UserAnalyses;
import dev.hearback.store.User;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of Hearback: the extension's API ({@code /api}, docs/api.md), sign-in
 * ({@code /auth}), the checklist page at {@code /}, and health. Every error is JSON
 * {@code {"error","message"}} with its status (a small HTML page for a person on {@code /auth}).
 */
public final class WebApp {
    private static final Logger log = LoggerFactory.getLogger(WebApp.class);

    /** What the routes are made of, from the server's composition root. */
    public record Deps(ServerConfig config, SessionStore sessions, UserRepository users, OAuthStateStore oauthStates,
                       SettingsRepository settings, ThreadStateRepository threadStates, UserAnalyses analyses,
                       MailSource mail, Optional<GoogleSignIn> google, Optional<DemoMail> demo, Optional<User> demoUser,
                       AddonRoutes addon) {}

    private record Parts(SessionAuth auth, CorsPolicy cors, RateLimiter rateLimiter, ThreadRoutes threads,
                         SettingsRoutes settings, AuthRoutes signIn, UserAnalyses analyses,
                         Optional<DemoMail> demo, Optional<User> demoUser, long maxBodyBytes, AddonRoutes addon) {}

    private static Parts parts(Deps d) {
        ServerConfig c = d.config();
        return new Parts(new SessionAuth(d.sessions(), d.users()),
                new CorsPolicy(c::allowsExtensionOrigin, originOf(c.publicUrl())),
                new RateLimiter(c.requestsPerMinute(), System::nanoTime),
                new ThreadRoutes(d.analyses(), d.mail(), d.threadStates()),
                new SettingsRoutes(d.settings(), d.analyses()),
                new AuthRoutes(new RedirectPolicy(c::allowsExtensionOrigin), d.sessions(), d.users(), d.oauthStates(),
                        d.google().orElse(null), d.demoUser().orElse(null), d.analyses(), c.sessionTtl(),
                        c.publicUrl().startsWith("https://")),
                d.analyses(), d.demo(), d.demoUser(), c.maxBodyBytes(), d.addon());
    }

    private static String originOf(String url) {
        java.net.URI u = java.net.URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    private WebApp() {}

    public static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static Javalin create(Deps deps) {
        return routes(server(deps.config()), deps);
    }

    /**
     * The server without its routes: Javalin, its Jetty and the JSON mapper, which take the longest to
     * set up and need nothing but the configuration, so that start-up can make them while storage opens.
     * {@link #routes} completes it.
     */
    public static Javalin server(ServerConfig config) {
        return server(config, null);
    }

    /**
     * {@link #server(ServerConfig)} that may start, and listen, before it is complete: until {@code ready}
     * completes every request waits in front of all of Javalin ({@link StartupGate}), and is then served by the
     * complete server; if {@code ready} fails, waiting requests are answered 503.
     */
    public static Javalin server(ServerConfig config, CompletableFuture<?> ready) {
        return Javalin.create(cfg -> {
            if (ready != null) {
                cfg.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(new StartupGate(ready)), "/*",
                        EnumSet.of(DispatcherType.REQUEST)));
            }
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.appData(JsonBody.MAX_BYTES, config.maxBodyBytes());
            cfg.jsonMapper(new JavalinJackson(jsonMapper(), false));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/web/static";
                sf.location = Location.CLASSPATH;
            });
        });
    }

    /** Adds every route to {@code app}, made by {@link #server} from {@code deps.config()}, before it starts. */
    public static Javalin routes(Javalin app, Deps deps) {
        Parts p = parts(deps);
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            // A declared length is refused before any byte is read; chunked bodies are bounded by JsonBody.
            if (ctx.req().getContentLengthLong() > p.maxBodyBytes()) {
                throw new ApiException(413, "too_large", "The request body is larger than " + p.maxBodyBytes() / 1024 + " KB.");
            }
        });
        app.before("/api/*", ctx -> {
            ctx.header("Cache-Control", "no-store");
            p.cors().apply(ctx);
            if (ctx.method() == io.javalin.http.HandlerType.OPTIONS) return;
            p.auth().requireBearer(ctx);
            if (!p.rateLimiter().tryAcquire(SessionAuth.user(ctx).id())) {
                ctx.header("Retry-After", Long.toString(p.rateLimiter().retryAfterSeconds()));
                throw new ApiException(429, "rate_limited", "Too many requests; wait a moment and try again.");
            }
        });
        app.options("/api/*", ctx -> ctx.status(204));

        app.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
        // App Engine's warm-up request (app.yaml, inbound_services: warmup): it is sent to a new instance
        // before user traffic, and like every request it is answered only once start-up is complete.
        app.get("/_ah/warmup", ctx -> ctx.json(Map.of("status", "ok")));
        app.get("/api/threads", p.threads()::list);
        app.get("/api/threads/{id}", p.threads()::one);
        app.post("/api/threads/{id}/draft", p.threads()::draft);
        app.post("/api/threads/{id}/state", p.threads()::state);
        app.get("/api/settings", p.settings()::get);
        app.put("/api/settings", p.settings()::put);
        app.post("/api/logout", p.signIn()::logout);
        app.get("/auth/start", p.signIn()::start);
        app.get("/auth/callback", p.signIn()::callback);
        app.post("/auth/logout", p.signIn()::webLogout);
        app.get("/", ctx -> home(ctx, p));
        p.demo().ifPresent(demo -> app.get("/demo/drafts/{id}", ctx -> {
            var d = demo.draft(ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("No such draft in this demo."));
            html(ctx, DemoDraftPage.render(d));
        }));
        p.addon().register(app);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(SignInAgainException.class, (e, ctx) -> error(ctx, 401, "gmail_reauth", e.getMessage()));
        app.exception(MailUnavailableException.class, (e, ctx) -> {
            log.warn("mail source failed: {}", e.getMessage());
            error(ctx, 502, "gmail_unavailable", e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int s = e.getStatus();
            String code = s == 404 ? "not_found" : s == 405 ? "method_not_allowed" : s == 413 ? "too_large" : "bad_request";
            String msg = s == 404 ? "There is no such page or API route." : s == 413 ? "The request body is too large." : e.getMessage();
            error(ctx, s, code, msg);
        });
        app.exception(Exception.class, (e, ctx) -> {
            log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "Something went wrong on Hearback's side; nothing was changed. Please try again.");
        });
        return app;
    }

    private static void home(Context ctx, WebApp.Parts p) {
        Optional<User> u = p.demoUser().isPresent() ? p.demoUser() : p.auth().cookieUser(ctx);
        if (u.isEmpty()) {
            html(ctx, HomePage.signIn());
            return;
        }
        var checklist = ThreadRoutes.checklist(p.analyses().snapshot(u.get()));
        html(ctx, HomePage.checklist(checklist, u.get().email(), p.demo().isPresent()));
    }

    private static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", HomePage.CSP);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        String accept = ctx.header("Accept");
        if (ctx.path().startsWith("/auth/") && accept != null && accept.contains("text/html")) {
            html(ctx, HomePage.head("Hearback: sign-in").append("<header><h1>Hearback</h1></header><main><p>")
                    .append(Html.text(message)).append("</p><p><a href=\"/\">Back</a></p></main></body></html>").toString());
            return;
        }
        ctx.json(new ErrorBody(code, message));
    }
}
