package dev.hearback.addon;

import com.google.apps.card.v1.Action;
import com.google.apps.card.v1.Button;
import com.google.apps.card.v1.ButtonList;
import com.google.apps.card.v1.Card;
import com.google.apps.card.v1.DecoratedText;
import com.google.apps.card.v1.Icon;
import com.google.apps.card.v1.OnClick;
import com.google.apps.card.v1.OpenLink;
import com.google.apps.card.v1.TextParagraph;
import com.google.apps.card.v1.Widget;
import dev.hearback.compose.Draft;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.Contact;
import dev.hearback.engine.IgnoredThread;
import dev.hearback.engine.ThreadReport;
import dev.hearback.infer.Evidence;
import dev.hearback.plan.ActionType;
import dev.hearback.plan.NextAction;
import dev.hearback.plan.Stage;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds the add-on's cards as {@code google.apps.card.v1.Card} messages (print them with
 * {@link AddonResponses}). Every string that came from mail goes through {@link SafeText}: escaped
 * in formatted fields, stripped of angle brackets in plain ones, cut to a sidebar's length.
 */
public final class CardRenderer {
    /** Parameter names the cards' buttons send back ({@code commonEventObject.parameters}). */
    public static final String P_THREAD = "threadId";
    public static final String P_OP = "op";
    public static final String P_DAYS = "days";
    public static final String P_VALUE = "value";
    public static final String OP_SNOOZE = "snooze";
    public static final String OP_CORRECTION = "correction";
    /** Days the card's "Snooze" button snoozes for. */
    public static final int SNOOZE_DAYS = 2;
    /** Threads listed on the homepage before "and N more". */
    public static final int HOMEPAGE_MAX = 15;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a z", Locale.ENGLISH);
    private static final String DASH = " \u2014 ";
    private static final String GREY = "#5f6368";

    private final AddonConfig config;

    public CardRenderer(AddonConfig config) {
        this.config = config;
    }

    // ---- contextual: an interview thread ----

    /**
     * The card for an open interview thread: stage, interview date, the employer's stated deadline
     * with the sentence it came from, the next action with its due date and why, the draft preview,
     * and the buttons "Create follow-up draft", "Snooze" and "Not an interview".
     *
     * @param zone the user's zone for the interview time, or null to show it in its own zone
     */
    public Card interviewCard(ThreadReport r, ZoneId zone) {
        Card.Builder card = Card.newBuilder().setHeader(Card.CardHeader.newBuilder()
                .setTitle(title(r))
                .setSubtitle("Hearback \u00b7 " + stageLabel(r.stage())));

        // Next step
        NextAction next = r.nextAction();
        ActionType type = next == null || next.type() == null ? ActionType.NONE : next.type();
        Card.Section.Builder step = Card.Section.newBuilder().setHeader("Next step");
        DecoratedText.Builder action = DecoratedText.newBuilder()
                .setStartIcon(icon("CLOCK"))
                .setText("<b>" + SafeText.escapeHtml(actionLabel(type)) + "</b>")
                .setWrapText(true);
        String due = dueText(next);
        if (!due.isEmpty()) action.setBottomLabel(SafeText.escapeHtml(due));
        step.addWidgets(Widget.newBuilder().setDecoratedText(action));
        if (next != null && next.reason() != null && !next.reason().isBlank()) {
            step.addWidgets(paragraph(SafeText.html(next.reason(), SafeText.REASON)));
        }
        card.addSections(step);

        // This process: stage, interview, next interview, deadline, contact
        Card.Section.Builder facts = Card.Section.newBuilder().setHeader("This process");
        DecoratedText.Builder stage = DecoratedText.newBuilder().setTopLabel("Stage")
                .setText(SafeText.escapeHtml(stageLabel(r.stage()))).setWrapText(true);
        if (r.followUpsSent() > 0) {
            stage.setBottomLabel("Follow-ups sent: " + r.followUpsSent());
        }
        facts.addWidgets(Widget.newBuilder().setDecoratedText(stage));
        addWhen(facts, "INVITE", "Interview", r.interviewAt(), zone, r.interviewEvidence());
        addWhen(facts, "INVITE", "Next interview", r.nextInterviewAt(), zone, r.nextInterviewEvidence());
        if (r.deadline() != null) {
            facts.addWidgets(Widget.newBuilder().setDecoratedText(DecoratedText.newBuilder()
                    .setStartIcon(icon("DESCRIPTION"))
                    .setTopLabel("They said they would answer by")
                    .setText(SafeText.escapeHtml(r.deadline().format(DAY)))
                    .setWrapText(true)));
            addQuote(facts, r.deadlineEvidence());
        }
        Contact c = r.contact();
        if (c != null && (notBlank(c.name()) || notBlank(c.email()))) {
            String who = notBlank(c.name()) ? SafeText.html(c.name(), SafeText.NAME) : "";
            if (notBlank(c.email())) {
                String mail = SafeText.html(c.email(), SafeText.NAME);
                who = who.isEmpty() ? mail : who + " &lt;" + mail + "&gt;";
            }
            facts.addWidgets(Widget.newBuilder().setDecoratedText(DecoratedText.newBuilder()
                    .setStartIcon(icon("PERSON")).setTopLabel("Contact").setText(who).setWrapText(true)));
        }
        card.addSections(facts);

        // Draft preview
        Draft d = r.draft();
        boolean canDraft = d != null && type.hasDraft();
        if (canDraft) {
            Card.Section.Builder draft = Card.Section.newBuilder().setHeader("Drafted reply")
                    .setCollapsible(true).setUncollapsibleWidgetsCount(2);
            draft.addWidgets(Widget.newBuilder().setDecoratedText(DecoratedText.newBuilder()
                    .setStartIcon(icon("EMAIL")).setTopLabel("To")
                    .setText(orDash(SafeText.html(d.to(), SafeText.NAME))).setWrapText(true)));
            draft.addWidgets(Widget.newBuilder().setDecoratedText(DecoratedText.newBuilder()
                    .setTopLabel("Subject").setText(orDash(SafeText.html(d.subject(), SafeText.SUBJECT))).setWrapText(true)));
            String body = SafeText.htmlLines(d.body(), SafeText.BODY);
            if (!body.isEmpty()) draft.addWidgets(paragraph(body));
            draft.addWidgets(paragraph(grey("Hearback never sends mail. The draft opens in Gmail for you to edit and send.")));
            card.addSections(draft);
        }

        // Buttons
        String threadId = r.threadId();
        ButtonList.Builder buttons = ButtonList.newBuilder();
        if (canDraft) {
            buttons.addButtons(button("Create follow-up draft",
                    action(AddonHandlers.DRAFT, P_THREAD, threadId)));
        }
        if (type != ActionType.NONE) {
            buttons.addButtons(button("Snooze " + SNOOZE_DAYS + " days", action(AddonHandlers.STATE,
                    P_THREAD, threadId, P_OP, OP_SNOOZE, P_DAYS, Integer.toString(SNOOZE_DAYS))));
        }
        buttons.addButtons(button("Not an interview", action(AddonHandlers.STATE,
                P_THREAD, threadId, P_OP, OP_CORRECTION, P_VALUE, StateChange.Correction.Kind.NOT_INTERVIEW.name())));
        card.addSections(Card.Section.newBuilder().addWidgets(Widget.newBuilder().setButtonList(buttons)));
        return card.build();
    }

    // ---- contextual: not an interview ----

    /** The short card for a thread that is not an interview process, with the "This is an interview" correction. */
    public Card notInterviewCard(IgnoredThread t) {
        Card.CardHeader.Builder header = Card.CardHeader.newBuilder().setTitle("Not an interview thread");
        String subject = SafeText.plain(t.subject(), 80);
        if (!subject.isEmpty()) header.setSubtitle(subject);
        Card.Section.Builder s = Card.Section.newBuilder();
        String why = SafeText.html(t.why(), SafeText.REASON);
        s.addWidgets(paragraph("Hearback doesn't follow this thread" + (why.isEmpty() ? "." : ": " + why)));
        s.addWidgets(paragraph("If it is part of an interview process, say so and Hearback will plan its follow-ups."));
        s.addWidgets(Widget.newBuilder().setButtonList(ButtonList.newBuilder().addButtons(button("This is an interview",
                action(AddonHandlers.STATE, P_THREAD, t.threadId(), P_OP, OP_CORRECTION,
                        P_VALUE, StateChange.Correction.Kind.IS_INTERVIEW.name())))));
        return Card.newBuilder().setHeader(header).addSections(s).build();
    }

    // ---- homepage ----

    /** The homepage of a linked user: follow-ups due now, most urgent first, then those coming up. */
    public Card homepage(Analysis a) {
        LocalDate today = a.now() == null ? null : a.now().atZone(a.zone() == null ? ZoneId.of("UTC") : a.zone()).toLocalDate();
        List<ThreadReport> open = new ArrayList<>();
        for (ThreadReport r : a.threads() == null ? List.<ThreadReport>of() : a.threads()) {
            if (r != null && r.nextAction() != null && r.nextAction().type() != null
                    && r.nextAction().type() != ActionType.NONE) {
                open.add(r);
            }
        }
        open.sort(URGENCY);
        List<ThreadReport> dueNow = open.stream().filter(r -> isDue(r.nextAction(), today)).toList();
        List<ThreadReport> later = open.stream().filter(r -> !isDue(r.nextAction(), today)).toList();

        Card.Builder card = Card.newBuilder().setHeader(Card.CardHeader.newBuilder()
                .setTitle("Hearback").setSubtitle(dueNow.isEmpty() ? "Nothing due today"
                        : dueNow.size() == 1 ? "1 follow-up due" : dueNow.size() + " follow-ups due"));
        int shown = 0;
        if (dueNow.isEmpty()) {
            card.addSections(Card.Section.newBuilder().addWidgets(paragraph(
                    "Nothing is due. Open an interview email to see its next step.")));
        } else {
            Card.Section.Builder s = Card.Section.newBuilder().setHeader("Due now");
            for (ThreadReport r : dueNow) {
                if (shown++ >= HOMEPAGE_MAX) break;
                s.addWidgets(checklistItem(r));
            }
            card.addSections(s);
        }
        if (!later.isEmpty() && shown < HOMEPAGE_MAX) {
            Card.Section.Builder s = Card.Section.newBuilder().setHeader("Coming up");
            for (ThreadReport r : later) {
                if (shown++ >= HOMEPAGE_MAX) break;
                s.addWidgets(checklistItem(r));
            }
            card.addSections(s);
        }
        int more = open.size() - Math.min(open.size(), HOMEPAGE_MAX);
        Card.Section.Builder foot = Card.Section.newBuilder();
        if (more > 0) foot.addWidgets(paragraph(grey("and " + more + " more in Hearback")));
        foot.addWidgets(Widget.newBuilder().setButtonList(ButtonList.newBuilder()
                .addButtons(linkButton("Open Hearback", config.linkUrl()))));
        card.addSections(foot);
        return card.build();
    }

    /** The homepage of a user who has not linked Hearback: what it does and how to link. */
    public Card homepageUnlinked() {
        String url = config.linkUrl();
        String host = hostOf(url);
        Card.Section.Builder s = Card.Section.newBuilder();
        s.addWidgets(paragraph("Open an email from an interview process: Hearback shows its stage, what the "
                + "employer said and by when, and your next step with a reply drafted for you."));
        s.addWidgets(paragraph("<b>See all your follow-ups here</b><br>Link your Hearback account: install the "
                + "Hearback extension for Chrome and sign in, or sign in at <a href=\"" + SafeText.escapeHtml(url) + "\">"
                + SafeText.escapeHtml(host) + "</a> with this Google account. Then reopen this panel."));
        s.addWidgets(Widget.newBuilder().setButtonList(ButtonList.newBuilder()
                .addButtons(linkButton("Sign in to Hearback", url))));
        return Card.newBuilder().setHeader(Card.CardHeader.newBuilder()
                .setTitle("Hearback").setSubtitle("Follow-ups for your job interviews")).addSections(s).build();
    }

    /** A card that says something went wrong; {@code message} is Hearback's own text. */
    public Card errorCard(String message) {
        return Card.newBuilder()
                .setHeader(Card.CardHeader.newBuilder().setTitle("Hearback"))
                .addSections(Card.Section.newBuilder().addWidgets(paragraph(SafeText.html(message, SafeText.REASON))))
                .build();
    }

    // ---- labels ----

    /** What the user should do, in a few words. */
    public static String actionLabel(ActionType t) {
        return switch (t == null ? ActionType.NONE : t) {
            case THANK_YOU -> "Send a thank-you note";
            case CHECK_IN -> "Check in";
            case FOLLOW_UP -> "Follow up";
            case FINAL_NOTE -> "Send a final note";
            case MOVE_ON -> "Move on";
            case REQUEST_FEEDBACK -> "Ask for feedback";
            case WITHDRAW -> "Withdraw";
            case CALL -> "Call them";
            case ESCALATE -> "Escalate";
            case NONE -> "Nothing to do";
        };
    }

    public static String stageLabel(Stage s) {
        if (s == null) return "Unknown stage";
        return switch (s) {
            case SCHEDULED -> "Interview scheduled";
            case AWAITING -> "Waiting to hear back";
            case OFFER -> "Offer";
            case ACCEPTED -> "Offer accepted";
            case REJECTED -> "Not selected";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    /** "Due now", "Due now (since ...)", "Due Mon, Nov 23, 2026", or "" when there is nothing to do. */
    static String dueText(NextAction next) {
        if (next == null || next.type() == null || next.type() == ActionType.NONE) return "";
        if (next.dueNow()) return next.due() == null ? "Due now" : "Due now (since " + next.due().format(DAY) + ")";
        return next.due() == null ? "" : "Due " + next.due().format(DAY);
    }

    // ---- pieces ----

    private static final Comparator<ThreadReport> URGENCY = Comparator
            .comparing((ThreadReport r) -> !r.nextAction().dueNow())
            .thenComparing(r -> r.nextAction().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.company() == null ? "" : r.company(), String.CASE_INSENSITIVE_ORDER);

    private static boolean isDue(NextAction n, LocalDate today) {
        return n.dueNow() || (today != null && n.due() != null && !n.due().isAfter(today));
    }

    private Widget checklistItem(ThreadReport r) {
        String who = joinHtml(r.company(), r.role());
        DecoratedText.Builder t = DecoratedText.newBuilder()
                .setTopLabel(SafeText.escapeHtml(dueText(r.nextAction())))
                .setText("<b>" + SafeText.escapeHtml(actionLabel(r.nextAction().type())) + "</b>"
                        + (who.isEmpty() ? "" : " \u00b7 " + who))
                .setWrapText(true);
        String subject = SafeText.html(r.subject(), 80);
        if (!subject.isEmpty()) t.setBottomLabel(subject);
        if (GmailIds.isApiId(r.threadId())) {
            t.setOnClick(OnClick.newBuilder().setOpenLink(OpenLink.newBuilder()
                    .setUrl("https://mail.google.com/mail/u/0/#all/" + r.threadId())));
        }
        return Widget.newBuilder().setDecoratedText(t).build();
    }

    private static String title(ThreadReport r) {
        String company = SafeText.plain(r.company(), SafeText.NAME);
        String role = SafeText.plain(r.role(), SafeText.NAME);
        String t = company.isEmpty() ? role : role.isEmpty() ? company : company + DASH + role;
        if (t.isEmpty()) t = SafeText.plain(r.subject(), SafeText.TITLE);
        return t.isEmpty() ? "Interview" : t;
    }

    private static String joinHtml(String a, String b) {
        String x = SafeText.html(a, SafeText.NAME);
        String y = SafeText.html(b, SafeText.NAME);
        return x.isEmpty() ? y : y.isEmpty() ? x : x + DASH + y;
    }

    private static void addWhen(Card.Section.Builder s, String icon, String label, ZonedDateTime at, ZoneId zone, Evidence ev) {
        if (at == null) return;
        ZonedDateTime shown = zone == null ? at : at.withZoneSameInstant(zone);
        s.addWidgets(Widget.newBuilder().setDecoratedText(DecoratedText.newBuilder()
                .setStartIcon(icon(icon)).setTopLabel(label)
                .setText(SafeText.escapeHtml(shown.format(DATE_TIME))).setWrapText(true)));
        addQuote(s, ev);
    }

    private static void addQuote(Card.Section.Builder s, Evidence ev) {
        if (ev == null || ev.sentence() == null || ev.sentence().isBlank()) return;
        String q = SafeText.html(ev.sentence(), SafeText.SENTENCE);
        if (!q.isEmpty()) s.addWidgets(paragraph(grey("\u201C" + q + "\u201D")));
    }

    private Action.Builder action(String route, String... keyValues) {
        Action.Builder a = Action.newBuilder().setFunction(config.functionUrl(route));
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                a.addParameters(Action.ActionParameter.newBuilder().setKey(keyValues[i]).setValue(keyValues[i + 1]));
            }
        }
        return a;
    }

    private static Button.Builder button(String text, Action.Builder action) {
        return Button.newBuilder().setText(text).setOnClick(OnClick.newBuilder().setAction(action));
    }

    private static Button.Builder linkButton(String text, String url) {
        return Button.newBuilder().setText(text).setOnClick(OnClick.newBuilder().setOpenLink(OpenLink.newBuilder().setUrl(url)));
    }

    private static Widget paragraph(String html) {
        return Widget.newBuilder().setTextParagraph(TextParagraph.newBuilder().setText(html)).build();
    }

    private static String grey(String html) {
        return "<font color=\"" + GREY + "\">" + html + "</font>";
    }

    private static Icon.Builder icon(String known) {
        return Icon.newBuilder().setKnownIcon(known);
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "\u2014" : s;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String hostOf(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
