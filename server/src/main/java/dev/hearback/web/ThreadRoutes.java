package dev.hearback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearback.account.DraftReceipt;
import dev.hearback.account.MailSource;
import dev.hearback.account.Snapshot;
import dev.hearback.account.UserAnalyses;
import dev.hearback.engine.ThreadReport;
import dev.hearback.engine.ThreadVerdict;
import dev.hearback.mail.MailThread;
import dev.hearback.plan.ActionType;
import dev.hearback.store.ThreadState;
import dev.hearback.store.ThreadStatePatch;
import dev.hearback.store.ThreadStateRepository;
import dev.hearback.store.User;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code /api/threads...}: the checklist, one thread's prompt, drafts and the user's decisions (docs/api.md). */
final class ThreadRoutes {
    private static final Pattern GMAIL_ID = Pattern.compile("[0-9a-f]{1,16}");
    private static final Set<String> STATE_FIELDS = Set.of("snoozeDays", "snoozedUntil", "dismissed", "correction", "outcome");
    private final UserAnalyses analyses;
    private final MailSource mail;
    private final ThreadStateRepository states;

    ThreadRoutes(UserAnalyses analyses, MailSource mail, ThreadStateRepository states) {
        this.analyses = analyses;
        this.mail = mail;
        this.states = states;
    }

    record Checklist(OffsetDateTime now, String zone, int dueToday, List<ThreadView> threads) {}

    record OneThread(boolean interview, String why, ThreadView thread) {}

    record DraftCreated(String draftId, String messageId, String gmailUrl) {}

    void list(Context ctx) {
        ctx.json(checklist(analyses.snapshot(SessionAuth.user(ctx))));
    }

    static Checklist checklist(Snapshot s) {
        List<ThreadView> views = s.analysis().threads().stream()
                .filter(r -> !s.state(r.threadId()).dismissed())
                .map(r -> ThreadView.of(r, s)).sorted(URGENCY).toList();
        int due = (int) s.analysis().threads().stream().filter(r -> isDueToday(r, s)).count();
        return new Checklist(s.analysis().now().atZone(s.analysis().zone()).toOffsetDateTime(),
                s.analysis().zone().getId(), due, views);
    }

    /**
     * The engine's order (something to do before nothing, due now first, then by due date), except
     * that a snoozed thread is not due: it waits below the threads still due, placed by the day it
     * comes back. Without this the thread the user just snoozed stayed on top of the checklist.
     */
    static final Comparator<ThreadView> URGENCY = Comparator
            .comparing((ThreadView v) -> "NONE".equals(v.nextAction().type()))
            .thenComparing(v -> !(v.nextAction().dueNow() && v.state().snoozedUntil() == null))
            .thenComparing(ThreadRoutes::comesBackOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ThreadView::threadId);

    private static LocalDate comesBackOn(ThreadView v) {
        LocalDate due = v.nextAction().due();
        LocalDate until = v.state().snoozedUntil();
        return until != null && (due == null || until.isAfter(due)) ? until : due;
    }

    /** Counted on the toolbar badge: something to send now, not snoozed or dismissed. */
    static boolean isDueToday(ThreadReport r, Snapshot s) {
        return r.nextAction().dueNow() && r.nextAction().type() != ActionType.NONE
                && !s.state(r.threadId()).dismissed() && !s.snoozed(r.threadId());
    }

    void one(Context ctx) {
        User u = SessionAuth.user(ctx);
        String id = threadId(ctx);
        Snapshot s = analyses.holding(u, id).orElseThrow(() -> unknown(id));
        ctx.json(oneThread(s, id));
    }

    void draft(Context ctx) {
        User u = SessionAuth.user(ctx);
        String id = threadId(ctx);
        Snapshot s = analyses.holding(u, id).orElseThrow(() -> unknown(id));
        if (!(s.verdict(id).orElseThrow() instanceof ThreadVerdict.Interview iv)) {
            throw new ApiException(409, "not_interview", "This thread is not an interview process, so Hearback has no reply for it.");
        }
        ThreadReport r = iv.report();
        if (r.draft() == null) {
            throw new ApiException(409, "no_draft", "The next step here (" + r.nextAction().type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ") has no message to write.");
        }
        MailThread thread = s.threads().get(id);
        DraftReceipt d = mail.open(u).saveDraft(thread, r.draft());
        ctx.status(201).json(new DraftCreated(d.draftId(), d.messageId(), d.openUrl()));
    }

    void state(Context ctx) {
        User u = SessionAuth.user(ctx);
        String id = threadId(ctx);
        Snapshot before = analyses.holding(u, id).orElseThrow(() -> unknown(id));
        ObjectNode body = JsonBody.object(ctx, STATE_FIELDS);
        ThreadStatePatch patch = patch(body, before.today());
        states.update(u.id(), id, patch);
        analyses.invalidate(u.id());
        Snapshot after = analyses.holding(u, id).orElseThrow(() -> unknown(id));
        ctx.json(oneThread(after, id));
    }

    private static OneThread oneThread(Snapshot s, String id) {
        ThreadVerdict v = s.verdict(id).orElseThrow(() -> unknown(id));
        if (v instanceof ThreadVerdict.Interview iv) return new OneThread(true, null, ThreadView.of(iv.report(), s));
        return new OneThread(false, ((ThreadVerdict.NotInterview) v).thread().why(), null);
    }

    static ThreadStatePatch patch(ObjectNode b, LocalDate today) {
        ThreadStatePatch p = ThreadStatePatch.empty();
        if (b.has("snoozeDays") && b.has("snoozedUntil")) throw ApiException.badRequest("Give snoozeDays or snoozedUntil, not both.");
        if (b.has("snoozeDays")) {
            JsonNode d = b.get("snoozeDays");
            if (!d.canConvertToInt() || !d.isIntegralNumber() || d.asInt() < 1 || d.asInt() > 30) {
                throw ApiException.badRequest("'snoozeDays' must be a whole number of days from 1 to 30.");
            }
            p = p.snoozedUntil(today.plusDays(d.asInt()));
        }
        if (b.has("snoozedUntil")) {
            String d = JsonBody.text(b, "snoozedUntil");
            try {
                p = p.snoozedUntil(d == null ? null : LocalDate.parse(d));
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("'snoozedUntil' must be a date such as 2026-11-24.");
            }
        }
        if (b.has("dismissed")) {
            if (!b.get("dismissed").isBoolean()) throw ApiException.badRequest("'dismissed' must be true or false.");
            p = p.dismissed(b.get("dismissed").asBoolean());
        }
        if (b.has("correction")) {
            String c = JsonBody.text(b, "correction");
            p = p.correction(c == null ? null : enumOf(ThreadState.Correction.class, c, "correction"));
        }
        if (b.has("outcome")) {
            String o = JsonBody.text(b, "outcome");
            p = p.outcome(o == null ? null : enumOf(ThreadState.Outcome.class, o, "outcome"));
        }
        return p;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        throw ApiException.badRequest("'" + field + "' must be one of " + List.of(type.getEnumConstants()) + " or null.");
    }

    private static String threadId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!GMAIL_ID.matcher(id).matches()) {
            throw ApiException.badRequest("A thread id is Gmail's hex id (as in data-legacy-thread-id), such as 18c2f0a1b2c3d4e5.");
        }
        return id;
    }

    private static ApiException unknown(String id) {
        return ApiException.notFound("No thread " + id + " in your mailbox.");
    }
}
