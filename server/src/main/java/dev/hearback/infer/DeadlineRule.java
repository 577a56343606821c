package dev.hearback.infer;

import dev.hearback.plan.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of policy.md's deadline table: a phrase pattern, how it resolves against the message
 * date, and the examples that show it (they double as its tests, Duckling-style).
 *
 * <p>{@code resolve} returns empty for the phrases that state no deadline ("soon").
 */
public record DeadlineRule(String name, Pattern pattern, Resolver resolve, List<Example> examples) {

    @FunctionalInterface
    public interface Resolver {
        Optional<LocalDate> at(Matcher m, LocalDate messageDate, BusinessCalendar calendar);
    }

    /** A sentence, the date of its message, and the deadline it states (null: none). */
    public record Example(String sentence, LocalDate sent, LocalDate expected) {
        public static Example of(String sentence, String sent, String expected) {
            return new Example(sentence, LocalDate.parse(sent), expected == null ? null : LocalDate.parse(expected));
        }
    }

    static DeadlineRule of(String name, String regex, Resolver resolve, Example... examples) {
        return new DeadlineRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolve, List.of(examples));
    }
}
