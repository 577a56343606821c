package dev.hearback.addon;

import static dev.hearback.addon.Fixtures.ARABIC;
import static dev.hearback.addon.Fixtures.BASE;
import static dev.hearback.addon.Fixtures.CONFIG;
import static dev.hearback.addon.Fixtures.HEBREW;
import static dev.hearback.addon.Fixtures.NY;
import static dev.hearback.addon.Fixtures.THREAD_HEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.apps.card.v1.Action;
import com.google.apps.card.v1.Button;
import com.google.apps.card.v1.Card;
import com.google.apps.card.v1.Widget;
import dev.hearback.compose.Draft;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.Contact;
import dev.hearback.engine.ThreadReport;
import dev.hearback.plan.ActionType;
import dev.hearback.plan.NextAction;
import dev.hearback.plan.Preset;
import dev.hearback.plan.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CardRendererTest {
    private static final Set<String> OWN_TAGS = Set.of("b", "i", "br", "font");
    private final CardRenderer renderer = new CardRenderer(CONFIG);

    @Test
    void interviewCardNamesTheNextActionAndItsDueDate() {
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.interviewCard(Fixtures.acme(), NY)));
        String all = CardSchema.joined(card);

        assertEquals("Acme \u2014 Product Manager", card.getHeader().getTitle());
        assertTrue(card.getHeader().getSubtitle().contains("Waiting to hear back"));
        assertTrue(all.contains("<b>Follow up</b>"), all);
        assertTrue(all.contains("Due Mon, Nov 23, 2026"), all);
        assertTrue(all.contains("No answer to your check-in of Nov 16; five business days later is Nov 23."), all);
        assertTrue(all.contains("Tue, Nov 10, 2026, 2:00 PM EST"), "interview date: " + all);
        assertTrue(all.contains("Fri, Nov 13, 2026"), "stated deadline: " + all);
        assertTrue(all.contains("\u201Cwe'll get back to you by Friday\u201D"), "quoted deadline sentence: " + all);
        assertTrue(all.contains("Jane Doe &lt;jane@acme.example&gt;"), all);
        assertTrue(all.contains("I wanted to follow up on the Product Manager role."), "draft preview: " + all);
        assertTrue(all.contains("Re: Interview - Product Manager"), all);
        CardSchema.assertSafeMarkup(card, OWN_TAGS);
    }

    @Test
    void interviewCardButtonsCallTheAddonRoutesWithTheThread() {
        Card card = CardSchema.strictCard(AddonResponses.cardNode(renderer.interviewCard(Fixtures.acme(), NY)).toString());
        Map<String, Action> buttons = buttons(card);
        assertEquals(List.of("Create follow-up draft", "Snooze 2 days", "Not an interview"), List.copyOf(buttons.keySet()));

        Action draft = buttons.get("Create follow-up draft");
        assertEquals(BASE + "/addon/draft", draft.getFunction());
        assertEquals(Map.of("threadId", THREAD_HEX), params(draft));

        Action snooze = buttons.get("Snooze 2 days");
        assertEquals(BASE + "/addon/state", snooze.getFunction());
        assertEquals(Map.of("threadId", THREAD_HEX, "op", "snooze", "days", "2"), params(snooze));

        Action not = buttons.get("Not an interview");
        assertEquals(BASE + "/addon/state", not.getFunction());
        assertEquals(Map.of("threadId", THREAD_HEX, "op", "correction", "value", "NOT_INTERVIEW"), params(not));
    }

    @Test
    void interviewTimeIsShownInTheUsersZoneWhenKnownElseItsOwn() {
        String inLondon = CardSchema.joined(renderer.interviewCard(Fixtures.acme(), java.time.ZoneId.of("Europe/London")));
        assertTrue(inLondon.contains("Tue, Nov 10, 2026, 7:00 PM GMT"), inLondon);
        String own = CardSchema.joined(renderer.interviewCard(Fixtures.acme(), null));
        assertTrue(own.contains("Tue, Nov 10, 2026, 2:00 PM EST"), own);
    }

    @Test
    void dueNowSaysSo() {
        ThreadReport r = Fixtures.report(THREAD_HEX, "s", "Acme", "PM", null,
                new NextAction(ActionType.THANK_YOU, LocalDate.of(2026, 11, 11), true, "Thank them within a day."),
                new Draft("a@b.example", "Re: s", "Thanks!"));
        String all = CardSchema.joined(renderer.interviewCard(r, NY));
        assertTrue(all.contains("<b>Send a thank-you note</b>"), all);
        assertTrue(all.contains("Due now (since Wed, Nov 11, 2026)"), all);
    }

    @Test
    void hostileReportIsEscapedCutAndStillValid() {
        String json = AddonResponses.pushCard(renderer.interviewCard(Fixtures.hostile(), NY));
        assertFalse(json.toLowerCase().contains("<script"), "raw <script in the response JSON");
        Card card = CardSchema.pushedCard(json);
        CardSchema.assertSafeMarkup(card, OWN_TAGS);
        String all = CardSchema.joined(card);

        assertTrue(all.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped subject shows literally: " + all);
        assertTrue(card.getHeader().getTitle().startsWith("\u2039b\u203AEvil\u2039/b\u203A & Co \u2039img src=x onerror=alert(1)\u203A"),
                "plain-text header shows the company's characters, brackets swapped: " + card.getHeader().getTitle());
        assertTrue(all.contains("&lt;a href='javascript:alert(1)'&gt;click&lt;/a&gt;"), all);
        assertTrue(all.contains("Reason with &lt;script&gt;r()&lt;/script&gt; &amp; more"), all);
        assertTrue(all.contains("&lt;/font&gt;&lt;script&gt;alert(2)&lt;/script&gt;"), "a closing tag in mail can't close ours: " + all);
        assertTrue(all.contains("&lt;jane@evil.example&gt;"), all);

        // Right-to-left text keeps its letters and order; the override character is gone.
        assertTrue(all.contains(ARABIC), "Arabic role intact");
        assertTrue(all.contains(HEBREW), "Hebrew name intact");
        assertTrue(all.contains("הראיון הבא"), "Hebrew evidence intact");
        assertFalse(all.contains("\u202E"));
        assertFalse(all.contains("\u0000") || all.contains("\u0007"), "control characters dropped");

        // The 10,000-character subject and the 20,000-character body are cut to a sidebar's size.
        for (String s : CardSchema.strings(card)) {
            assertTrue(s.length() <= 4000, "a string of " + s.length() + " chars");
        }
        String subjectLine = CardSchema.strings(card).stream().filter(s -> s.contains("alert(1)&lt;/script&gt;AAAA"))
                .findFirst().orElseThrow();
        assertTrue(subjectLine.endsWith("\u2026"), "cut subject ends with an ellipsis");
        assertTrue(subjectLine.codePointCount(0, subjectLine.length()) < SafeText.SUBJECT + 60, subjectLine.length() + " chars");
        assertTrue(json.length() < 30_000, "response is " + json.length() + " chars");

        // Plain-text header: no angle brackets at all, whatever the company says.
        assertFalse(card.getHeader().getTitle().contains("<"), card.getHeader().getTitle());
        assertTrue(card.getHeader().getTitle().contains(ARABIC), card.getHeader().getTitle());
    }

    @Test
    void reportWithNothingButAThreadStillRenders() {
        ThreadReport bare = new ThreadReport(THREAD_HEX, null, null, null, null, null, null, null, null, null, null,
                null, 0, null, null, null, null);
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.interviewCard(bare, null)));
        assertEquals("Interview", card.getHeader().getTitle());
        assertEquals(List.of("Not an interview"), List.copyOf(buttons(card).keySet()), "no draft or snooze without an action");
        assertTrue(CardSchema.joined(card).contains("Nothing to do"));
    }

    @Test
    void actionWithoutDraftHasNoDraftButton() {
        ThreadReport r = Fixtures.report(THREAD_HEX, "s", "Acme", "PM", new Contact("", ""),
                new NextAction(ActionType.MOVE_ON, LocalDate.of(2026, 12, 1), false, "Three follow-ups unanswered."), null);
        Card card = CardSchema.strictCard(AddonResponses.cardNode(renderer.interviewCard(r, NY)).toString());
        assertEquals(List.of("Snooze 2 days", "Not an interview"), List.copyOf(buttons(card).keySet()));
        assertTrue(CardSchema.joined(card).contains("<b>Move on</b>"));
    }

    @Test
    void notInterviewCardSaysWhyAndOffersTheCorrection() {
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.notInterviewCard(Fixtures.ignored())));
        assertEquals("Not an interview thread", card.getHeader().getTitle());
        assertEquals("Weekly job alert", card.getHeader().getSubtitle());
        assertTrue(CardSchema.joined(card).contains("Hearback doesn't follow this thread: job alert, no interview"));
        Action a = buttons(card).get("This is an interview");
        assertEquals(BASE + "/addon/state", a.getFunction());
        assertEquals(Map.of("threadId", THREAD_HEX, "op", "correction", "value", "IS_INTERVIEW"), params(a));
    }

    @Test
    void hostileNotInterviewCardIsEscaped() {
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.notInterviewCard(Fixtures.hostileIgnored())));
        CardSchema.assertSafeMarkup(card, OWN_TAGS);
        String all = CardSchema.joined(card);
        assertTrue(all.contains("&lt;img src=x onerror=alert(1)&gt;"), all);
        assertTrue(all.contains(HEBREW));
        assertFalse(card.getHeader().getSubtitle().contains("<"));
        assertTrue(card.getHeader().getSubtitle().length() < 100);
    }

    @Test
    void homepageListsDueFollowUpsMostUrgentFirst() {
        Instant now = Instant.parse("2026-11-20T15:00:00Z");
        ThreadReport later = withAction(Fixtures.acme(), "aaaa000000000001", "Later Co",
                new NextAction(ActionType.FOLLOW_UP, LocalDate.of(2026, 11, 30), false, "r"));
        ThreadReport dueSoon = withAction(Fixtures.acme(), "aaaa000000000002", "Due Co",
                new NextAction(ActionType.CHECK_IN, LocalDate.of(2026, 11, 19), false, "r"));
        ThreadReport dueNow = withAction(Fixtures.acme(), "aaaa000000000003", "Now Co",
                new NextAction(ActionType.THANK_YOU, LocalDate.of(2026, 11, 18), true, "r"));
        ThreadReport nothing = withAction(Fixtures.acme(), "aaaa000000000004", "Idle Co",
                new NextAction(ActionType.NONE, null, false, "r"));
        Analysis a = new Analysis(now, NY, Preset.BALANCED, List.of(later, nothing, dueSoon, dueNow), List.of());

        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.homepage(a)));
        CardSchema.assertSafeMarkup(card, OWN_TAGS);
        assertEquals("2 follow-ups due", card.getHeader().getSubtitle());
        assertEquals("Due now", card.getSections(0).getHeader());
        assertEquals("Coming up", card.getSections(1).getHeader());
        List<String> order = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            for (Widget w : card.getSections(s).getWidgetsList()) order.add(w.getDecoratedText().getText());
        }
        assertEquals(3, order.size(), "the thread with nothing to do is left out: " + order);
        assertTrue(order.get(0).contains("Now Co") && order.get(0).contains("Send a thank-you note"), order.toString());
        assertTrue(order.get(1).contains("Due Co"), order.toString());
        assertTrue(order.get(2).contains("Later Co"), order.toString());
        Widget first = card.getSections(0).getWidgets(0);
        assertEquals("Due now (since Wed, Nov 18, 2026)", first.getDecoratedText().getTopLabel());
        assertEquals("https://mail.google.com/mail/u/0/#all/aaaa000000000003",
                first.getDecoratedText().getOnClick().getOpenLink().getUrl());
        assertEquals("Due Thu, Nov 19, 2026", card.getSections(0).getWidgets(1).getDecoratedText().getTopLabel());
    }

    @Test
    void homepageWithManyThreadsSaysHowManyMore() {
        List<ThreadReport> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(withAction(Fixtures.hostile(), String.format("%016x", i + 1), "Co " + i,
                    new NextAction(ActionType.FOLLOW_UP, LocalDate.of(2026, 11, 1 + (i % 28)), i % 3 == 0, "r")));
        }
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.homepage(
                new Analysis(Instant.parse("2026-11-20T15:00:00Z"), NY, Preset.BALANCED, many, List.of()))));
        CardSchema.assertSafeMarkup(card, OWN_TAGS);
        long items = card.getSectionsList().stream().flatMap(s -> s.getWidgetsList().stream())
                .filter(Widget::hasDecoratedText).count();
        assertEquals(CardRenderer.HOMEPAGE_MAX, items);
        assertTrue(CardSchema.joined(card).contains("and 25 more in Hearback"));
    }

    @Test
    void homepageWithNothingDue() {
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.homepage(
                new Analysis(Instant.parse("2026-11-20T15:00:00Z"), NY, Preset.BALANCED, List.of(), List.of()))));
        assertEquals("Nothing due today", card.getHeader().getSubtitle());
    }

    @Test
    void unlinkedHomepageExplainsHowToLink() {
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.homepageUnlinked()));
        CardSchema.assertSafeMarkup(card, Set.of("b", "br", "a"));
        String all = CardSchema.joined(card);
        assertTrue(all.contains("install the Hearback extension"), all);
        assertTrue(all.contains("<a href=\"" + BASE + "/\">hearback.example.com</a>"), all);
        Button signIn = card.getSections(0).getWidgets(2).getButtonList().getButtons(0);
        assertEquals("Sign in to Hearback", signIn.getText());
        assertEquals(BASE + "/", signIn.getOnClick().getOpenLink().getUrl());
    }

    @Test
    void errorCardIsValid() {
        Card card = CardSchema.pushedCard(AddonResponses.pushCard(renderer.errorCard("Hearback couldn't read this thread.")));
        assertTrue(CardSchema.joined(card).contains("Hearback couldn't read this thread."));
    }

    @Test
    void everyStageAndActionHasALabel() {
        for (Stage s : Stage.values()) assertFalse(CardRenderer.stageLabel(s).isBlank());
        for (ActionType t : ActionType.values()) assertFalse(CardRenderer.actionLabel(t).isBlank());
        for (ActionType t : ActionType.values()) {
            ThreadReport r = Fixtures.report(THREAD_HEX, "s", "Acme", "PM", null,
                    new NextAction(t, LocalDate.of(2026, 11, 23), false, "why"), new Draft("a@b.example", "Re: s", "body"));
            for (Stage s : Stage.values()) {
                ThreadReport rs = new ThreadReport(r.threadId(), r.subject(), r.company(), r.role(), r.contact(), s,
                        r.interviewAt(), r.interviewEvidence(), r.nextInterviewAt(), r.nextInterviewEvidence(),
                        r.deadline(), r.deadlineEvidence(), r.followUpsSent(), r.progress(), r.nextAction(), r.draft(),
                        r.replyToMessageId());
                CardSchema.pushedCard(AddonResponses.pushCard(renderer.interviewCard(rs, NY)));
            }
        }
    }

    // ---- helpers ----

    static ThreadReport withAction(ThreadReport r, String threadId, String company, NextAction next) {
        return new ThreadReport(threadId, r.subject(), company, r.role(), r.contact(), r.stage(), r.interviewAt(),
                r.interviewEvidence(), r.nextInterviewAt(), r.nextInterviewEvidence(), r.deadline(), r.deadlineEvidence(),
                r.followUpsSent(), r.progress(), next, r.draft(), r.replyToMessageId());
    }

    /** Buttons of a card by text, in order, mapped to their action. */
    static Map<String, Action> buttons(Card card) {
        Map<String, Action> out = new java.util.LinkedHashMap<>();
        for (Card.Section s : card.getSectionsList()) {
            for (Widget w : s.getWidgetsList()) {
                if (!w.hasButtonList()) continue;
                for (Button b : w.getButtonList().getButtonsList()) {
                    if (b.getOnClick().hasAction()) out.put(b.getText(), b.getOnClick().getAction());
                }
            }
        }
        return out;
    }

    static Map<String, String> params(Action a) {
        return a.getParametersList().stream().collect(Collectors.toMap(Action.ActionParameter::getKey,
                Action.ActionParameter::getValue));
    }
}
