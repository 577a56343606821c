package dev.hearback.infer;

import dev.hearback.mail.CalendarEvent;
import dev.hearback.mail.Message;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds a thread's interviews, strongest evidence first (policy.md): calendar invitations
 * (DTSTART with its TZID, updates by SEQUENCE, cancellations), times agreed in the text (including
 * the slot the user picked out of several, and reschedules, where the new time replaces the old),
 * and wording after the fact ("thanks for coming in today") resolved against that message's date.
 */
public final class InterviewFinder {
    static final Pattern SCHEDULING = Pattern.compile(
            "\\b(interview\\w*|screen(ing)?|call|chat|conversation|meet(ing)?|speak|talk|video|zoom|teams|webex|hangout|onsite|on-site|in[-\\s]person|"
                    + "come\\s+(in|by|to)|stop\\s+by|visit|panel|round|session|see\\s+you|works?|work\\s+for\\s+me|confirm\\w*|available|availability|"
                    + "slots?|schedul\\w*|be\\s+there|it\\s+is|suits?|book(ed)?|invite|join\\s+us|appointment|reschedul\\w*|move|push|instead|then"
                    // "We have you down for Friday", "pencilled in", "set for", "lined up", "we'll expect you"
                    + "|have\\s+you\\s+(down|booked|scheduled|pencil+ed)|pencil+ed|set\\s+for|lined\\s+up|expect(ing)?\\s+you)\\b"
                    // a confirmation's field: "When: Monday, 9 November, 15:00"
                    + "|^(when|date|time|date\\s*(&|and)\\s*time|start(s|\\s+time)?)\\s*:",
            Pattern.CASE_INSENSITIVE);
    /** SCHEDULING tried only at the starts of words its alternatives begin with (its "^" ones at 0 too). */
    static final WordStarts SCHEDULING_STARTS = new WordStarts(SCHEDULING, "interview", "screen", "call", "chat", "conversation", "meet",
            "speak", "talk", "video", "zoom", "teams", "webex", "hangout", "on", "in", "come", "stop", "visit", "panel", "round", "session",
            "see", "work", "confirm", "availab", "slot", "schedul", "be ", "it ", "suit", "book", "invite", "join", "appointment", "reschedul",
            "move", "push", "instead", "then", "have", "pencil", "set", "lined", "expect", "when", "date", "time", "start");
    private static final Pattern RESCHEDULE = Pattern.compile(
            "\\b(reschedul\\w*|re-schedul\\w*|move\\s+(it|our|the|this)|moving|push(ed)?\\s+(it|our|the|this|back|to)|postpone\\w*|instead|"
                    + "change\\s+(the|our)\\s+time|new\\s+time|shift\\w*|bump\\w*|rearrang\\w*|something\\s+came\\s+up|conflict)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A confirmation laid out as a table: a field name on its own line, its value on the next ("When" / "2026-11-09 15:00 ET"). */
    private static final Pattern FIELD_LABEL = Pattern.compile("^(when|date|time|date\\s*(&|and)\\s*time|start(s|\\s+time)?)\\s*:?$", Pattern.CASE_INSENSITIVE);
    static final Pattern AFTER_THE_FACT = Pattern.compile(
            // "thank you and the team for today", "thanks again for making time yesterday", "thank you for Monday's conversation"
            "\\b(thanks?(\\s+you)?(\\s+and\\s+(the\\s+)?[\\w'.-]+(\\s+[\\w'.-]+)?)?(\\s+so\\s+much|\\s+again|\\s+very\\s+much)?\\s+for\\s+(coming\\s+(in|by|to)|stopping\\s+by|visiting|meeting|speaking|talking|chatting|"
                    + "taking\\s+the\\s+time|making\\s+(the\\s+)?time|your\\s+time|the\\s+(great\\s+|lovely\\s+|warm\\s+)?(call|chat|conversation|interview|time|meeting|visit|welcome)|"
                    + "(mon|tues|wednes|thurs|fri|satur|sun)day's\\s+(call|chat|conversation|interview|meeting|visit|session)|"
                    + "(today|this\\s+morning|this\\s+afternoon|yesterday|this\\s+evening)('s)?|hosting\\s+me|having\\s+me|interviewing|meeting\\s+with\\s+me)"
                    + "|(great|good|nice|lovely|wonderful|a\\s+pleasure|fantastic)\\s+(speaking|talking|chatting|meeting|connecting|to\\s+meet|to\\s+speak|to\\s+talk|to\\s+chat|to\\s+see|to\\s+connect)"
                    + "|appreciate[ds]?\\s+(you\\s+)?taking\\s+the\\s+time"
                    + "|enjoyed\\s+(our|the|meeting|speaking|talking|chatting|learning|hearing|discussing)"
                    + "|it\\s+was\\s+(great|good|nice|lovely|a\\s+pleasure|wonderful)\\s+(to\\s+)?(meet|meeting|speak|speaking|talk|talking|chat|chatting|see))",
            Pattern.CASE_INSENSITIVE);
    /** AFTER_THE_FACT tried only at the words its alternatives begin with. */
    static final WordStarts AFTER_THE_FACT_STARTS = new WordStarts(AFTER_THE_FACT, "thank", "great", "good", "nice", "lovely", "wonderful",
            "a ", "fantastic", "appreciate", "enjoyed", "it ");
    private static final Pattern ORDINAL_PICK = Pattern.compile(
            "\\b(?<ord>first|second|third|fourth|last|latter|former)\\s+(option|one|slot|time)\\b|\\b(option|slot)\\s+(?<num>\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    // Keyword prechecks (Keywords): every alternative of the pattern named contains one of these.
    /** thank(s) for ..., (great|...) speaking/talking/chatting/meeting/connecting/to see, appreciate, enjoyed, it was ... see. */
    private static final Keywords AFTER_THE_FACT_WORDS = Keywords.of("thank", "speak", "talk", "chat", "meet", "connect", "see", "appreciat", "enjoyed");
    /** when, date, time, start: FIELD_LABEL is one of them (and little else). */
    private static final Keywords FIELD_LABEL_WORDS = Keywords.of("when", "date", "time", "start");
    /** (re-)schedule, move, moving, push, postpone, instead, change, new time, shift, bump, rearrange, came up, conflict. */
    private static final Keywords RESCHEDULE_WORDS = Keywords.of("schedul", "move", "moving", "push", "postpone", "instead",
            "change", "new", "shift", "bump", "rearrang", "came", "conflict");
    /** An ordinal (first ... former) or "option"/"slot". */
    private static final Keywords ORDINAL_PICK_WORDS = Keywords.of("first", "second", "third", "fourth", "last", "latter", "former", "option", "slot");

    private InterviewFinder() {}

    public static List<Interview> find(List<ReadMessage> messages, Predicate<Message> mine, ZoneId zone) {
        List<Interview> found = new ArrayList<>();
        List<TimeMention> options = List.of();
        boolean optionsReschedule = false;
        Map<String, CalendarEvent> eventsByUid = new HashMap<>();
        Map<String, Message> eventMessage = new HashMap<>();
        for (ReadMessage r : messages) {
            Message m = r.message();
            for (CalendarEvent e : m.events()) {
                CalendarEvent before = eventsByUid.get(e.uid());
                if (before == null || e.sequence() >= before.sequence()) {
                    eventsByUid.put(e.uid(), e);
                    eventMessage.put(e.uid(), m);
                }
            }
        }
        // Calendar invitations are known first, so later wording ("thank you for interviewing") is read against them.
        addCalendar(eventsByUid, eventMessage, zone, found);
        for (ReadMessage r : messages) {
            if (r.autoReply().isPresent()) continue;
            Message m = r.message();
            LocalDate sent = m.sent().atZone(zone).toLocalDate();
            boolean yours = mine.test(m);
            List<Candidate> slots = new ArrayList<>();
            boolean reschedule = false;
            boolean previousIsLabel = false;
            for (int at = 0; at < r.sentences().size(); at++) {
                String s = r.sentences().get(at);
                String lowered = r.lowered().get(at);
                boolean fieldValue = previousIsLabel;
                previousIsLabel = FIELD_LABEL_WORDS.mayMatch(lowered) && FIELD_LABEL.matcher(s).matches();
                if (AFTER_THE_FACT_WORDS.mayMatch(lowered) && AFTER_THE_FACT_STARTS.in(s)) {
                    afterTheFact(s, m, sent, zone, found);
                    continue;
                }
                // Past this point a sentence can only set the reschedule flag, add a dated slot or pick an
                // offered option. When it can do none of these (each precheck is looser than its pattern, and
                // DateTimeFinder finds nothing without a DateCue), SCHEDULING and the hearing-back test below
                // cannot change anything, so they are not run.
                boolean mayReschedule = RESCHEDULE_WORDS.mayMatch(lowered);
                boolean mayPick = yours && !options.isEmpty() && ORDINAL_PICK_WORDS.mayMatch(lowered);
                if (!mayReschedule && !mayPick && !DateCue.present(s)) continue;
                if (!fieldValue && !SCHEDULING_STARTS.in(s)) continue;
                if (DeadlineFinder.aboutHearingBack(s, lowered)) continue;
                reschedule |= mayReschedule && RESCHEDULE.matcher(s).find();
                for (TimeMention t : DateTimeFinder.find(s, sent, DateTimeFinder.Direction.FUTURE)) {
                    if (t.date().isBefore(sent)) continue; // plans are made for days to come
                    slots.add(new Candidate(t, s));
                }
                if (mayPick) {
                    var pick = ORDINAL_PICK.matcher(s);
                    if (pick.find()) {
                        int i = ordinal(pick.group("ord"), pick.group("num"), options.size());
                        if (i >= 0 && i < options.size()) slots.add(new Candidate(options.get(i), s));
                    }
                }
            }
            // A date without a time in their mail is a plan only when it speaks of the interview itself.
            slots.removeIf(c -> !yours && !c.mention().hasTime() && !c.sentence().toLowerCase(Locale.ROOT).contains("interview"));
            if (!yours && distinctDates(slots) >= 2) {
                // Several slots offered: none is the interview until one is picked.
                options = slots.stream().map(Candidate::mention).toList();
                optionsReschedule = reschedule;
                continue;
            }
            for (Candidate c : slots) {
                TimeMention t = c.mention();
                if (yours && !options.isEmpty()) {
                    TimeMention chosen = options.stream().filter(o -> o.date().equals(t.date())).findFirst().orElse(null);
                    if (chosen != null) {
                        add(found, new Interview(chosen.at(zone), !chosen.hasTime(), Interview.Source.AGREED,
                                new Evidence(c.sentence(), m.messageId())), reschedule || optionsReschedule, m);
                        options = List.of();
                        continue;
                    }
                }
                if (!t.hasTime() && !yours && !c.sentence().toLowerCase(Locale.ROOT).contains("interview")) continue;
                if (!t.hasTime() && found.stream().noneMatch(i -> i.at().toLocalDate().equals(t.date())) && yours) continue;
                add(found, new Interview(t.at(zone), !t.hasTime(), Interview.Source.AGREED, new Evidence(c.sentence(), m.messageId())), reschedule, m);
            }
        }
        addCalendar(eventsByUid, eventMessage, zone, found);
        found.sort(Comparator.comparing(Interview::at));
        return found;
    }

    /** Calendar invitations outrank the text: one per UID at its latest SEQUENCE, unless cancelled. */
    private static void addCalendar(Map<String, CalendarEvent> eventsByUid, Map<String, Message> eventMessage, ZoneId zone, List<Interview> found) {
        found.removeIf(i -> i.source() == Interview.Source.CALENDAR);
        for (CalendarEvent e : eventsByUid.values()) {
            if (e.cancelled()) {
                found.removeIf(i -> i.source() == Interview.Source.CALENDAR && i.at().toInstant().equals(e.start().toInstant()));
                continue;
            }
            var at = e.start().withZoneSameInstant(zone);
            found.removeIf(i -> i.source() != Interview.Source.CALENDAR && i.at().toLocalDate().equals(at.toLocalDate()));
            String summary = e.summary().isBlank() ? "calendar invitation" : e.summary();
            found.add(new Interview(at, e.allDay(), Interview.Source.CALENDAR,
                    new Evidence("Calendar invitation: " + summary + " (" + e.start().toLocalDateTime() + " " + e.start().getZone() + ")",
                            eventMessage.get(e.uid()).messageId())));
        }
    }

    private record Candidate(TimeMention mention, String sentence) {}

    private static long distinctDates(List<Candidate> slots) {
        return slots.stream().map(c -> c.mention().date() + "T" + c.mention().time()).distinct().count();
    }

    private static void add(List<Interview> found, Interview next, boolean reschedule, Message m) {
        var sameDay = found.stream().filter(i -> i.at().toLocalDate().equals(next.at().toLocalDate())).findFirst();
        if (sameDay.isPresent()) {
            Interview old = sameDay.get();
            // Keep the fuller statement of the same meeting ("at 10:00 AM ET" over "on the 12th").
            if (old.dateOnly() && !next.dateOnly() || reschedule && !next.dateOnly() && !old.at().equals(next.at())) {
                found.remove(old);
                found.add(next);
            }
            return;
        }
        if (reschedule) {
            // The new time replaces the latest one that had not yet happened when this message was written.
            found.stream().filter(i -> i.at().toInstant().isAfter(m.sent()))
                    .max(Comparator.comparing(Interview::at)).ifPresent(found::remove);
        }
        found.add(next);
    }

    private static void afterTheFact(String s, Message m, LocalDate sent, ZoneId zone, List<Interview> found) {
        List<TimeMention> when = DateTimeFinder.find(s, sent, DateTimeFinder.Direction.PAST);
        LocalDate day = when.stream().map(TimeMention::date).filter(d -> !d.isAfter(sent)).findFirst().orElse(null);
        boolean anyBefore = found.stream().anyMatch(i -> !i.at().toLocalDate().isAfter(sent));
        if (day == null) {
            if (anyBefore) return; // "thanks again for your time" weeks later names no new interview
            day = sent;
        }
        LocalDate d = day;
        if (found.stream().anyMatch(i -> i.at().toLocalDate().equals(d))) return;
        // It happened on a day other than the one planned: the plan moved without our seeing it.
        found.removeIf(i -> i.at().toInstant().isAfter(m.sent()) && i.source() != Interview.Source.CALENDAR);
        found.add(new Interview(d.atTime(12, 0).atZone(zone), true, Interview.Source.AFTER_THE_FACT, new Evidence(s, m.messageId())));
    }

    private static int ordinal(String word, String number, int size) {
        if (number != null) return Integer.parseInt(number) - 1;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "former" -> 0;
            case "second" -> 1;
            case "third" -> 2;
            case "fourth" -> 3;
            default -> size - 1;
        };
    }
}
