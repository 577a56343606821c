package dev.hearback.infer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and times a sentence names ("Thursday, October 15 at 9:00 AM Central", "11/19 at
 * 1pm", "Nov. 12th, 9:30am PT", "tomorrow at 3", "Monday the 16th at noon", "2026-11-09 15:00 ET")
 * and resolves them against the date the message was sent. Weekdays alone look forward for plans
 * and backward for things that happened ({@link Direction}).
 */
public final class DateTimeFinder {
    public enum Direction { FUTURE, PAST }

    static final String WEEKDAY = "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?";
    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORD = "(?:st|nd|rd|th)?";

    static final Pattern TOKEN = Pattern.compile(
            "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})\\b)"
                    + "|(?<mdy>\\b(?:(?<mdyW>" + WEEKDAY + "),?\\s+)?(?<mdyM>" + MONTH + ")\\s+(?<mdyD>\\d{1,2})" + ORD + "\\b(?!:)(?:,?\\s+(?<mdyY>\\d{4})\\b)?)"
                    + "|(?<dmy>\\b(?:(?<dmyW>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<dmyD>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?<dmyM>" + MONTH + ")(?:,?\\s+(?<dmyY>\\d{4}))?\\b)"
                    + "|(?<num>(?<![\\d/.])(?:(?<numW>" + WEEKDAY + "),?\\s+)?(?<numA>\\d{1,2})/(?<numB>\\d{1,2})(?:/(?<numY>\\d{2,4}))?(?![\\d/]))"
                    + "|(?<wdthe>\\b(?<wdtheW>" + WEEKDAY + "),?\\s+(?:the\\s+)?(?<wdtheD>\\d{1,2})(?:st|nd|rd|th)\\b)"
                    + "|(?<wd>\\b(?:(?<wdMod>next|this|coming|last|this\\s+coming)\\s+)?(?<wdW>" + WEEKDAY + ")(?:'s)?\\b)"
                    + "|(?<nth>\\bthe\\s+(?<nthD>\\d{1,2})(?:st|nd|rd|th)\\b)"
                    + "|(?<rel>\\b(?<relW>today|tonight|tomorrow|yesterday|this\\s+(?:morning|afternoon|evening)|earlier\\s+today|later\\s+today)\\b)"
                    + "|(?<time>(?<![\\d:/])(?<tH>\\d{1,2})(?:[:.](?<tM>\\d{2}))?\\s*(?<tAp>[ap]\\.?\\s?m\\.?)(?![a-z]))"
                    + "|(?<t24>(?<![\\d:/.])(?<hH>\\d{1,2}):(?<hM>\\d{2})(?![\\d:]))"
                    + "|(?<noon>\\b(?:noon|midday)\\b)"
                    + "|(?<bare>(?:\\bat|@)\\s+(?<bH>\\d{1,2})(?![\\d:/]|\\.\\d|\\s*(?:%|percent|minutes|mins|hours|days|people|years|[a-z]{2,}\\s+(?:st|street|ave|avenue|road|rd)\\b)))"
                    + "|(?<zone>\\b(?<zoneW>ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|Eastern|Central|Mountain|Pacific|UK\\s+time|London\\s+time)\\b(?:\\s+time\\b)?)",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("et", ZoneId.of("America/New_York")), Map.entry("est", ZoneId.of("America/New_York")),
            Map.entry("edt", ZoneId.of("America/New_York")), Map.entry("eastern", ZoneId.of("America/New_York")),
            Map.entry("ct", ZoneId.of("America/Chicago")), Map.entry("cst", ZoneId.of("America/Chicago")),
            Map.entry("cdt", ZoneId.of("America/Chicago")), Map.entry("central", ZoneId.of("America/Chicago")),
            Map.entry("mt", ZoneId.of("America/Denver")), Map.entry("mst", ZoneId.of("America/Denver")),
            Map.entry("mdt", ZoneId.of("America/Denver")), Map.entry("mountain", ZoneId.of("America/Denver")),
            Map.entry("pt", ZoneId.of("America/Los_Angeles")), Map.entry("pst", ZoneId.of("America/Los_Angeles")),
            Map.entry("pdt", ZoneId.of("America/Los_Angeles")), Map.entry("pacific", ZoneId.of("America/Los_Angeles")),
            Map.entry("gmt", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC),
            Map.entry("bst", ZoneId.of("Europe/London")), Map.entry("uk time", ZoneId.of("Europe/London")),
            Map.entry("london time", ZoneId.of("Europe/London")),
            Map.entry("cet", ZoneId.of("Europe/Paris")), Map.entry("cest", ZoneId.of("Europe/Paris")));

    /** What joins the start and end of one slot: "10:00am to 2:00pm", "1:00–2:30 PM", "3 - 3:45pm". */
    private static final Pattern RANGE = Pattern.compile("\\s*(?:-|–|—|to|until|till)\\s*", Pattern.CASE_INSENSITIVE);

    /** Characters allowed between a date and its time ("Thursday, October 15 at 9:00 AM"). */
    private static final int JOIN_GAP = 24;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SHORT_WEEKDAY = Pattern.compile("(mon|tue|tues|wed|thu|thur|thurs|fri)\\.?");

    private DateTimeFinder() {}

    public static List<TimeMention> find(String sentence, LocalDate ref, Direction dir) {
        if (!DateCue.present(sentence)) return new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        Slot last = null;
        Slot pendingTime = null; // a time seen before any date ("at 2pm on Tuesday")
        // Transparent bounds: each attempt from TokenStart sees the whole sentence, as find() does.
        Matcher m = TOKEN.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; TokenStart.find(m, sentence, from); from = m.end()) {
            LocalDate date = dateOf(m, ref, dir);
            if (date != null) {
                if (pendingTime != null && m.start() - pendingTime.end <= JOIN_GAP) {
                    pendingTime.date = date;
                    pendingTime.end = m.end();
                    slots.add(pendingTime);
                    last = pendingTime;
                    pendingTime = null;
                    continue;
                }
                last = new Slot(date, m.start(), m.end());
                slots.add(last);
                continue;
            }
            LocalTime time = timeOf(m);
            if (time != null) {
                if (last != null && last.time != null && RANGE.matcher(sentence.substring(last.end, m.start())).matches()) {
                    // "10:00am to 2:00pm ET", "1:00–2:30 PM": the end of the slot, not another slot.
                    last.end = m.end();
                    continue;
                }
                if (last != null && last.time == null && m.start() - last.end <= JOIN_GAP) {
                    last.time = time;
                    last.end = m.end();
                } else if (last != null && last.time != null && m.start() - last.end <= JOIN_GAP) {
                    // "9:00 AM Central (10:00 AM Eastern)": the same date again at another time or zone.
                    Slot s = new Slot(last.date, m.start(), m.end());
                    s.time = time;
                    slots.add(s);
                    last = s;
                } else {
                    pendingTime = new Slot(null, m.start(), m.end());
                    pendingTime.time = time;
                    last = pendingTime;
                }
                continue;
            }
            if (m.group("zone") != null && last != null && last.time != null && last.zone == null && m.start() - last.end <= 6) {
                last.zone = ZONES.get(SPACES.matcher(m.group("zoneW").toLowerCase(Locale.ROOT)).replaceAll(" "));
                last.end = m.end();
            }
        }
        // A zone said once for several slots ("11am or Thursday 11/19 at 1pm (Eastern)") applies to all.
        ZoneId sentenceZone = slots.stream().filter(s -> s.zone != null).map(s -> s.zone).reduce((a, b) -> b).orElse(null);
        List<TimeMention> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.date == null) continue;
            ZoneId zone = s.zone != null ? s.zone : (s.time != null ? sentenceZone : null);
            TimeMention t = new TimeMention(s.date, s.time, zone, sentence.substring(s.start, Math.min(s.end, sentence.length())));
            boolean same = out.stream().anyMatch(o -> o.date().equals(t.date()) && (t.time() == null
                    || (o.time() != null && o.at(ZoneOffset.UTC).toInstant().equals(t.at(ZoneOffset.UTC).toInstant()))
                    || (o.time() != null && o.zone() != null && t.zone() != null
                        && o.at(ZoneOffset.UTC).toInstant().equals(t.at(ZoneOffset.UTC).toInstant()))));
            if (!same) out.add(t);
        }
        return out;
    }

    private static final class Slot {
        LocalDate date;
        LocalTime time;
        ZoneId zone;
        final int start;
        int end;

        Slot(LocalDate date, int start, int end) {
            this.date = date;
            this.start = start;
            this.end = end;
        }
    }

    private static LocalDate dateOf(Matcher m, LocalDate ref, Direction dir) {
        try {
            if (m.group("iso") != null) {
                return LocalDate.of(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")), Integer.parseInt(m.group("isoD")));
            }
            if (m.group("mdy") != null) {
                return monthDay(month(m.group("mdyM")), Integer.parseInt(m.group("mdyD")), m.group("mdyY"), ref);
            }
            if (m.group("dmy") != null) {
                return monthDay(month(m.group("dmyM")), Integer.parseInt(m.group("dmyD")), m.group("dmyY"), ref);
            }
            if (m.group("num") != null) {
                int a = Integer.parseInt(m.group("numA"));
                int b = Integer.parseInt(m.group("numB"));
                // US order (month/day) unless the first number cannot be a month.
                int month = a <= 12 ? a : b;
                int day = a <= 12 ? b : a;
                String y = m.group("numY");
                if (y != null && y.length() == 2) y = "20" + y;
                return monthDay(month, day, y, ref);
            }
            if (m.group("wdthe") != null) {
                return dayOfNearMonth(Integer.parseInt(m.group("wdtheD")), ref, dir);
            }
            if (m.group("wd") != null) {
                // "we sat down", "the sun": a short lower-case weekday is an ordinary word.
                String w = m.group("wdW");
                if (w.length() <= 4 && Character.isLowerCase(w.charAt(0)) && !SHORT_WEEKDAY.matcher(w.toLowerCase(Locale.ROOT)).matches()) return null;
                return weekday(weekdayOf(m.group("wdW")), m.group("wdMod"), ref, dir);
            }
            if (m.group("nth") != null) {
                return dayOfNearMonth(Integer.parseInt(m.group("nthD")), ref, dir);
            }
            if (m.group("rel") != null) {
                String w = m.group("relW").toLowerCase(Locale.ROOT);
                if (w.equals("tomorrow")) return ref.plusDays(1);
                if (w.equals("yesterday")) return ref.minusDays(1);
                return ref;
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "February 30" names no date
        }
        return null;
    }

    private static LocalTime timeOf(Matcher m) {
        try {
            if (m.group("time") != null) {
                int h = Integer.parseInt(m.group("tH"));
                int min = m.group("tM") == null ? 0 : Integer.parseInt(m.group("tM"));
                boolean pm = m.group("tAp").toLowerCase(Locale.ROOT).startsWith("p");
                if (h < 1 || h > 12) return null;
                return LocalTime.of(pm ? (h % 12) + 12 : h % 12, min);
            }
            if (m.group("t24") != null) {
                int h = Integer.parseInt(m.group("hH"));
                int min = Integer.parseInt(m.group("hM"));
                return LocalTime.of(businessHour(h), min);
            }
            if (m.group("noon") != null) return LocalTime.NOON;
            if (m.group("bare") != null) {
                int h = Integer.parseInt(m.group("bH"));
                if (h < 1 || h > 12) return null;
                return LocalTime.of(businessHour(h), 0);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** An hour said without am/pm: 1 to 6 are afternoon hours in a working day ("at 3", "2:30"). */
    private static int businessHour(int h) {
        return h >= 1 && h <= 6 ? h + 12 : h;
    }

    static LocalDate monthDay(int month, int day, String year, LocalDate ref) {
        if (year != null) return LocalDate.of(Integer.parseInt(year), month, day);
        // The year that puts the date within six months either side of the message.
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (!d.isBefore(ref.minusMonths(6)) && d.isBefore(ref.plusMonths(6))) return d;
        }
        return LocalDate.of(ref.getYear(), month, day);
    }

    private static LocalDate dayOfNearMonth(int day, LocalDate ref, Direction dir) {
        LocalDate thisMonth = ref.withDayOfMonth(Math.min(day, ref.lengthOfMonth()));
        if (dir == Direction.FUTURE) return thisMonth.isBefore(ref) ? ref.plusMonths(1).withDayOfMonth(day) : thisMonth;
        return thisMonth.isAfter(ref) ? ref.minusMonths(1).withDayOfMonth(day) : thisMonth;
    }

    static LocalDate weekday(DayOfWeek w, String modifier, LocalDate ref, Direction dir) {
        String mod = modifier == null ? "" : SPACES.matcher(modifier.toLowerCase(Locale.ROOT)).replaceAll(" ");
        switch (mod) {
            case "next":
                // policy.md: "next Friday" is Friday of the following week (weeks start on Monday).
                return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1).with(TemporalAdjusters.nextOrSame(w));
            case "this": {
                LocalDate d = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(w));
                return d.isBefore(ref) ? ref.with(TemporalAdjusters.next(w)) : d;
            }
            case "last":
                return ref.with(TemporalAdjusters.previous(w));
            case "coming", "this coming":
                return ref.with(TemporalAdjusters.next(w));
            default:
                return dir == Direction.FUTURE ? ref.with(TemporalAdjusters.next(w)) : ref.with(TemporalAdjusters.previousOrSame(w));
        }
    }

    static DayOfWeek weekdayOf(String s) {
        String k = s.toLowerCase(Locale.ROOT).substring(0, 2);
        return switch (k) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    static int month(String s) {
        String k = s.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (k) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }
}
