package dev.hearback.infer;

import static dev.hearback.infer.DeadlineRule.Example.of;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * policy.md's deadline table, one rule a row, most specific first ("end of next week" before "next
 * week" before "next Friday"). Each rule carries its examples; {@code DeadlineRulesTest} runs them.
 */
public final class DeadlineRules {
    private static final String W = DateTimeFinder.WEEKDAY;
    private static final String M = DateTimeFinder.MONTH;

    private DeadlineRules() {}

    public static final List<DeadlineRule> ALL = List.of(
            DeadlineRule.of("within N business days",
                    "\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+couple\\s+of|a\\s+few)\\s+(?:business|working)\\s+days?\\b",
                    (m, d, cal) -> {
                        int n = count(m.group("n"));
                        // "within 0 business days" names no day (plusBusinessDays needs at least 1).
                        return n >= 1 && plausible(n) ? Optional.of(cal.plusBusinessDays(d, n)) : Optional.empty();
                    },
                    of("We'll get back to you within 3 business days.", "2026-11-09", "2026-11-13"),
                    of("Expect to hear from us in two working days.", "2026-11-19", "2026-11-23")),
            DeadlineRule.of("end of next week",
                    "\\b(?:the\\s+)?end\\s+of\\s+next\\s+week\\b",
                    (m, d, cal) -> Optional.of(fridayOfWeek(d.plusWeeks(1))),
                    of("We'll have a decision by the end of next week.", "2026-11-17", "2026-11-27"),
                    of("We plan to share feedback with everyone by the end of next week.", "2026-11-10", "2026-11-20")),
            DeadlineRule.of("end of the week",
                    "\\b(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+week\\b|\\bby\\s+(?:the\\s+)?week'?s\\s+end\\b",
                    (m, d, cal) -> Optional.of(fridayOfWeek(d)),
                    of("We hope to get back to you by the end of the week.", "2026-11-17", "2026-11-20"),
                    of("You'll hear from us by end of this week.", "2026-11-16", "2026-11-20")),
            DeadlineRule.of("early next week",
                    "\\bearly\\s+next\\s+week\\b|\\bbeginning\\s+of\\s+next\\s+week\\b|\\bstart\\s+of\\s+next\\s+week\\b",
                    (m, d, cal) -> Optional.of(mondayOf(d).plusWeeks(1).plusDays(1)),
                    of("We should have news for you early next week.", "2026-11-12", "2026-11-17")),
            DeadlineRule.of("mid next week",
                    "\\b(?:mid|the\\s+middle\\s+of)[-\\s]+next\\s+week\\b",
                    (m, d, cal) -> Optional.of(mondayOf(d).plusWeeks(1).plusDays(2)),
                    of("We'll let you know by mid next week.", "2026-11-12", "2026-11-18")),
            DeadlineRule.of("next week",
                    "\\bnext\\s+week\\b",
                    (m, d, cal) -> Optional.of(fridayOfWeek(d.plusWeeks(1))),
                    of("We'll be in touch next week with next steps.", "2026-11-12", "2026-11-20"),
                    of("You should hear back sometime next week.", "2026-11-16", "2026-11-27")),
            DeadlineRule.of("end of the month",
                    "\\b(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(?:month|(?<mon>" + M + "))\\b|\\bby\\s+month[-\\s]end\\b",
                    (m, d, cal) -> {
                        LocalDate base = m.group("mon") == null ? d : DateTimeFinder.monthDay(DateTimeFinder.month(m.group("mon")), 1, null, d);
                        return Optional.of(base.with(TemporalAdjusters.lastDayOfMonth()));
                    },
                    of("We'll be in touch by the end of the month.", "2026-10-16", "2026-10-31"),
                    of("We plan to make a decision by the end of November.", "2026-11-03", "2026-11-30")),
            DeadlineRule.of("next weekday",
                    "\\bnext\\s+(?<wd>" + W + ")\\b",
                    (m, d, cal) -> Optional.of(DateTimeFinder.weekday(DateTimeFinder.weekdayOf(m.group("wd")), "next", d, DateTimeFinder.Direction.FUTURE)),
                    of("We'll let you know next Friday.", "2026-11-10", "2026-11-20"),
                    of("Expect a decision next Wednesday.", "2026-11-15", "2026-11-18")),
            DeadlineRule.of("by a date",
                    "\\b(?:by|on|before|until|no\\s+later\\s+than)\\s+(?:" + W + ",?\\s+)?(?:(?<m1>" + M + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?|(?:the\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + M + ")|(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/\\d{2,4})?"
                            + "|the\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th))\\b",
                    (m, d, cal) -> {
                        if (m.group("d3") != null) {
                            // "by the 24th": that day of this month, or of the next when it has passed.
                            int day = Integer.parseInt(m.group("d3"));
                            LocalDate here = d.withDayOfMonth(Math.min(day, d.lengthOfMonth()));
                            return Optional.of(here.isBefore(d) ? d.plusMonths(1).withDayOfMonth(Math.min(day, d.plusMonths(1).lengthOfMonth())) : here);
                        }
                        if (m.group("m1") != null) return Optional.of(DateTimeFinder.monthDay(DateTimeFinder.month(m.group("m1")), Integer.parseInt(m.group("d1")), null, d));
                        if (m.group("m2") != null) return Optional.of(DateTimeFinder.monthDay(DateTimeFinder.month(m.group("m2")), Integer.parseInt(m.group("d2")), null, d));
                        int a = Integer.parseInt(m.group("a"));
                        int b = Integer.parseInt(m.group("b"));
                        return Optional.of(a <= 12 ? DateTimeFinder.monthDay(a, b, null, d) : DateTimeFinder.monthDay(b, a, null, d));
                    },
                    of("We'll get back to you by November 20.", "2026-11-12", "2026-11-20"),
                    of("We expect to get back to candidates by 11/18.", "2026-11-12", "2026-11-18"),
                    of("A decision will be made by Friday, Nov. 27th.", "2026-11-19", "2026-11-27"),
                    of("You'll hear from us by the 4th of December.", "2026-11-24", "2026-12-04"),
                    of("We'll have a decision for you by the 24th.", "2026-11-16", "2026-11-24"),
                    of("I'll get back to you by the 2nd.", "2026-11-24", "2026-12-02")),
            DeadlineRule.of("by a weekday",
                    "\\b(?:by|on|before|until|come|no\\s+later\\s+than)\\s+(?:(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?day|eod|cob|close\\s+of\\s+business)\\s+(?:on\\s+)?)?(?:this\\s+(?:coming\\s+)?)?(?<wd>" + W + ")\\b",
                    (m, d, cal) -> Optional.of(d.with(TemporalAdjusters.next(DateTimeFinder.weekdayOf(m.group("wd"))))),
                    of("We'll get back to you by Friday.", "2026-11-16", "2026-11-20"),
                    of("The team will decide on Thursday and I'll let you know.", "2026-11-10", "2026-11-12"),
                    of("I'll be in touch by Friday.", "2026-11-13", "2026-11-20"),
                    of("We'll let you know by end of day Thursday.", "2026-11-16", "2026-11-19"),
                    of("Expect our decision by EOD Monday.", "2026-11-18", "2026-11-23")),
            DeadlineRule.of("within a week",
                    "\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(?:(?<n>\\d+|a|one|two|three|four|(?:a\\s+)?couple\\s+(?:of\\s+)?|a\\s+few)\\s*)?(?<unit>weeks?|days?|hours?)(?:\\s+or\\s+(?:two|so))?\\b",
                    (m, d, cal) -> {
                        int n = m.group("n") == null ? 1 : count(m.group("n"));
                        if (!plausible(n)) return Optional.empty();
                        boolean orTwo = m.group().toLowerCase(Locale.ROOT).contains("or two");
                        if (orTwo) n = n + 1;
                        String unit = m.group("unit").toLowerCase(Locale.ROOT);
                        if (unit.startsWith("hour")) return Optional.of(d.plusDays(Math.max(1, (n + 23) / 24))); // "within 48 hours": two days
                        return Optional.of(unit.startsWith("week") ? d.plusDays(7L * n) : d.plusDays(n));
                    },
                    of("We'll get back to you within a week.", "2026-11-12", "2026-11-19"),
                    of("You'll hear back in two weeks.", "2026-11-12", "2026-11-26"),
                    of("We'll let you know in a couple of days.", "2026-11-04", "2026-11-06"),
                    of("We hope to have news for you in a few days.", "2026-11-04", "2026-11-07"),
                    of("Expect a decision within 10 days.", "2026-11-02", "2026-11-12"),
                    of("We should have an update in a day or two.", "2026-11-16", "2026-11-18"),
                    of("We'll get back to you in the next couple of weeks.", "2026-11-05", "2026-11-19"),
                    of("You'll hear from us within 48 hours.", "2026-11-16", "2026-11-18")),
            // Said alone, "this week" means its end; after every other rule, so "interviewing this week,
            // we'll decide by Tuesday" still reads Tuesday.
            DeadlineRule.of("this week",
                    "\\b(?:later\\s+|sometime\\s+)?this\\s+week\\b",
                    (m, d, cal) -> Optional.of(fridayOfWeek(d)),
                    of("We'll make a decision later this week.", "2026-11-17", "2026-11-20"),
                    of("I hope to have an update for you this week.", "2026-11-16", "2026-11-20")),
            DeadlineRule.of("tomorrow",
                    "\\btomorrow\\b",
                    (m, d, cal) -> Optional.of(d.plusDays(1)),
                    of("I'll have an update for you tomorrow.", "2026-11-16", "2026-11-17")),
            DeadlineRule.of("no deadline",
                    "\\b(?:soon|shortly|in\\s+the\\s+(?:coming|next\\s+few)\\s+(?:days|weeks)|be\\s+in\\s+touch|as\\s+soon\\s+as)\\b",
                    (m, d, cal) -> Optional.empty(),
                    of("We'll be in touch soon.", "2026-11-12", null),
                    of("You'll hear from us in the coming weeks.", "2026-11-12", null),
                    of("The hiring manager is reviewing all phone screens, and we'll be in touch.", "2026-11-03", null)));

    /**
     * "Within 2000000000 business days" names no real deadline, and counting that many business days
     * would run for minutes and fill memory with holiday years; a count beyond about 40 years of
     * working days is read as no date.
     */
    private static final int MAX_COUNT = 10_000;

    private static boolean plausible(int n) {
        return n <= MAX_COUNT;
    }

    private static LocalDate mondayOf(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate fridayOfWeek(LocalDate d) {
        return mondayOf(d).plusDays(4);
    }

    private static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return switch (w) {
            case "a", "one" -> 1;
            case "two", "a couple of", "couple of", "a couple", "couple" -> 2;
            case "three", "a few" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(w);
        };
    }
}
