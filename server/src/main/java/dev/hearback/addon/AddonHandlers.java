package dev.hearback.addon;

import dev.hearback.engine.ThreadVerdict;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.ThreadReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server routes the Gmail add-on's requests to. Google POSTs a JSON event object to each
 * URL in {@code deployment.json} and to each button's action URL:
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>Route</th><th>Called when</th><th>Answer</th></tr>
 *   <tr><td>{@code POST /addon/homepage}</td><td>the add-on is opened with no email open</td>
 *       <td>homepage card (checklist, or how to link)</td></tr>
 *   <tr><td>{@code POST /addon/contextual}</td><td>an email is opened</td>
 *       <td>interview card, or the short "not an interview" card</td></tr>
 *   <tr><td>{@code POST /addon/draft}</td><td>"Create follow-up draft" is pressed</td>
 *       <td>saves the reply draft, then opens it in Gmail</td></tr>
 *   <tr><td>{@code POST /addon/state}</td><td>"Snooze", "Not an interview" or "This is an interview"</td>
 *       <td>a notification, and the updated card after a correction</td></tr>
 *   <tr><td>{@code GET /addon/logo.png}</td><td>Google shows the add-on's icon (no auth)</td>
 *       <td>{@link #logoPng()} as {@code image/png}</td></tr>
 * </table>
 *
 * <p>Wiring in the server is one call per request:
 *
 * <pre>{@code
 * app.post("/addon/{fn}", ctx -> {
 *     var r = addon.handle(ctx.path(), ctx.header("Authorization"),
 *             ctx.header("X-Goog-Gmail-Access-Token"), ctx.bodyAsBytes());
 *     ctx.status(r.status()).contentType("application/json").result(r.json());
 * });
 * }</pre>
 *
 * {@link #handle} verifies the ID token before it reads the body: a refused token gets 401 and no
 * work. Failures of Gmail or storage become a card or a notification that says so (status 200, so
 * Gmail shows it), never a stack trace.
 */
public final class AddonHandlers {
    public static final String HOMEPAGE = "/addon/homepage";
    public static final String CONTEXTUAL = "/addon/contextual";
    public static final String DRAFT = "/addon/draft";
    public static final String STATE = "/addon/state";
    public static final String LOGO = "/addon/logo.png";
    /** The POST routes, all verified. */
    public static final List<String> ROUTES = List.of(HOMEPAGE, CONTEXTUAL, DRAFT, STATE);

    /** A status and a JSON body to send back. */
    public record Response(int status, String json) {}

    private static final Logger LOG = LoggerFactory.getLogger(AddonHandlers.class);

    private final AddonTokenVerifier verifier;
    private final ThreadAnalyzer analyzer;
    private final DraftCreator drafts;
    private final ThreadStateWriter states;
    private final HomepageSource homepage;
    private final Clock clock;
    private final CardRenderer cards;

    public AddonHandlers(AddonConfig config, AddonTokenVerifier verifier, ThreadAnalyzer analyzer,
            DraftCreator drafts, ThreadStateWriter states, HomepageSource homepage, Clock clock) {
        if (config == null || verifier == null || analyzer == null || drafts == null || states == null || homepage == null) {
            throw new IllegalArgumentException("config, verifier, analyzer, drafts, states and homepage are required");
        }
        this.verifier = verifier;
        this.analyzer = analyzer;
        this.drafts = drafts;
        this.states = states;
        this.homepage = homepage;
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.cards = new CardRenderer(config);
    }

    /**
     * Handles one add-on request: verify the token (else 401), match the route (else 404), read the
     * event (else 400, or 413 when too large), then answer 200 with the route's JSON.
     */
    public Response handle(String path, String authorization, String gmailAccessTokenHeader, byte[] body) {
        try {
            verifier.verify(authorization);
        } catch (AddonAuthException e) {
            LOG.info("add-on request refused ({}): {}", e.reason(), e.getMessage());
            return new Response(401, AddonResponses.error("unauthorized", e.getMessage()));
        }
        String route = path == null ? "" : path.strip();
        while (route.length() > 1 && route.endsWith("/")) route = route.substring(0, route.length() - 1);
        if (!ROUTES.contains(route)) {
            return new Response(404, AddonResponses.error("not_found", "no add-on route " + SafeText.clean(route, 80, false)));
        }
        AddonEvent event;
        try {
            event = AddonEvent.parse(body, gmailAccessTokenHeader);
        } catch (AddonRequestException e) {
            return new Response(e.httpStatus(), AddonResponses.error(e.httpStatus() == 413 ? "too_large" : "bad_request", e.getMessage()));
        }
        String json = switch (route) {
            case HOMEPAGE -> homepage(event);
            case CONTEXTUAL -> contextual(event);
            case DRAFT -> draft(event);
            default -> state(event);
        };
        return new Response(200, json);
    }

    /** {@code POST /addon/homepage} for an already verified event. */
    public String homepage(AddonEvent e) {
        Optional<Analysis> a;
        try {
            a = homepage.analysis(e);
        } catch (Exception ex) {
            LOG.warn("add-on homepage failed: {}", ex.toString());
            return AddonResponses.pushCard(cards.errorCard("Hearback couldn't load your follow-ups just now. Try again in a minute."));
        }
        return AddonResponses.pushCard(a.isPresent() ? cards.homepage(a.get()) : cards.homepageUnlinked());
    }

    /** {@code POST /addon/contextual} for an already verified event. */
    public String contextual(AddonEvent e) {
        Optional<GmailContext> ctx = GmailContext.of(e);
        if (ctx.isEmpty()) {
            return AddonResponses.pushCard(cards.errorCard("Open an email to see its follow-up plan."));
        }
        ThreadVerdict v;
        try {
            v = analyzer.analyze(ctx.get());
        } catch (Exception ex) {
            LOG.warn("add-on could not analyze thread {}: {}", ctx.get().threadId(), ex.toString());
            return AddonResponses.pushCard(cards.errorCard("Hearback couldn't read this thread just now. Reopen the email to try again."));
        }
        return AddonResponses.pushCard(render(v, e));
    }

    /** {@code POST /addon/draft} ("Create follow-up draft") for an already verified event. */
    public String draft(AddonEvent e) {
        Optional<GmailContext> ctx = GmailContext.of(e);
        if (ctx.isEmpty()) return AddonResponses.notification("Open the email thread, then create its draft.");
        if (!sameThread(e, ctx.get())) {
            return AddonResponses.notification("That button belongs to another thread. Reopen the email and try again.");
        }
        ThreadVerdict v;
        try {
            v = analyzer.analyze(ctx.get());
        } catch (Exception ex) {
            LOG.warn("add-on could not analyze thread {} for a draft: {}", ctx.get().threadId(), ex.toString());
            return AddonResponses.notification("Hearback couldn't read this thread just now. Try again.");
        }
        if (!(v instanceof ThreadVerdict.Interview iv) || !hasDraft(iv.report())) {
            return AddonResponses.notification("There is no reply to draft for this thread right now.");
        }
        CreatedDraft created;
        try {
            created = drafts.create(ctx.get(), iv.report());
        } catch (Exception ex) {
            LOG.warn("add-on could not save a draft in thread {}: {}", ctx.get().threadId(), ex.toString());
            return AddonResponses.notification("Gmail didn't save the draft. Try again.");
        }
        if (created == null) return AddonResponses.notification("Gmail didn't save the draft. Try again.");
        return AddonResponses.openCreatedDraft(created, "Draft saved. Review it before you send it.");
    }

    /** {@code POST /addon/state} ("Snooze", "Not an interview", "This is an interview") for an already verified event. */
    public String state(AddonEvent e) {
        Optional<GmailContext> ctx = GmailContext.of(e);
        String threadId = e.parameter(CardRenderer.P_THREAD).filter(GmailIds::isApiId)
                .or(() -> ctx.map(GmailContext::threadId)).orElse(null);
        if (threadId == null) return AddonResponses.notification("Open the email thread and try again.");
        if (ctx.isPresent() && !sameThread(e, ctx.get())) {
            return AddonResponses.notification("That button belongs to another thread. Reopen the email and try again.");
        }
        StateChange change = change(e);
        if (change == null) return AddonResponses.notification("Hearback didn't understand that button.");
        if (e.userOAuthToken() == null) return AddonResponses.notification("Hearback couldn't tell who you are. Reopen the add-on.");
        try {
            states.apply(e, threadId, change);
        } catch (Exception ex) {
            LOG.warn("add-on could not save {} for thread {}: {}", change, threadId, ex.toString());
            return AddonResponses.notification("Hearback couldn't save that. Try again.");
        }
        if (change instanceof StateChange.Snooze s) {
            ZoneId zone = e.zone().orElse(ZoneOffset.UTC);
            LocalDate until = LocalDate.now(clock.withZone(zone)).plusDays(s.days());
            return AddonResponses.notification("Snoozed until " + until.format(CardRenderer.DAY) + ".");
        }
        StateChange.Correction c = (StateChange.Correction) change;
        String note = c.kind() == StateChange.Correction.Kind.NOT_INTERVIEW
                ? "Got it: Hearback won't follow this thread."
                : "Got it: Hearback will plan this thread's follow-ups.";
        if (ctx.isPresent()) {
            try {
                return AddonResponses.updateCard(render(analyzer.analyze(ctx.get()), e), note);
            } catch (Exception ex) {
                LOG.warn("add-on could not refresh thread {} after a correction: {}", threadId, ex.toString());
            }
        }
        return AddonResponses.notification(note);
    }

    /** The add-on's icon for {@code deployment.json}'s {@code logoUrl} ({@code GET /addon/logo.png}, no auth). */
    public static byte[] logoPng() {
        try (InputStream in = AddonHandlers.class.getResourceAsStream("logo.png")) {
            if (in == null) throw new IllegalStateException("logo.png is missing from the jar");
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private com.google.apps.card.v1.Card render(ThreadVerdict v, AddonEvent e) {
        if (v instanceof ThreadVerdict.Interview iv) return cards.interviewCard(iv.report(), e.zone().orElse(null));
        if (v instanceof ThreadVerdict.NotInterview ni) return cards.notInterviewCard(ni.thread());
        return cards.errorCard("Hearback couldn't read this thread just now.");
    }

    private static boolean sameThread(AddonEvent e, GmailContext ctx) {
        Optional<String> p = e.parameter(CardRenderer.P_THREAD);
        return p.isEmpty() || !GmailIds.isApiId(p.get()) || p.get().equals(ctx.threadId());
    }

    private static StateChange change(AddonEvent e) {
        String op = e.parameter(CardRenderer.P_OP).orElse("");
        try {
            if (op.equals(CardRenderer.OP_SNOOZE)) {
                return new StateChange.Snooze(Integer.parseInt(e.parameter(CardRenderer.P_DAYS).orElse("")));
            }
            if (op.equals(CardRenderer.OP_CORRECTION)) {
                return new StateChange.Correction(StateChange.Correction.Kind.valueOf(e.parameter(CardRenderer.P_VALUE).orElse("")));
            }
        } catch (IllegalArgumentException ex) {
            return null;
        }
        return null;
    }

    private static boolean hasDraft(ThreadReport r) {
        return r.draft() != null && r.nextAction() != null && r.nextAction().type() != null
                && r.nextAction().type().hasDraft();
    }
}
