package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.*;

import dev.hearback.plan.BusinessCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each row of policy.md's deadline table, run on the examples that sit beside its rule. */
class DeadlineRulesTest {
    private static final BusinessCalendar US = BusinessCalendar.of("US");

    @TestFactory
    Stream<DynamicTest> everyRuleResolvesItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DeadlineRule rule : DeadlineRules.ALL) {
            assertFalse(rule.examples().isEmpty(), rule.name() + " has no examples");
            for (DeadlineRule.Example ex : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.name() + ": " + ex.sentence(), () -> {
                    DeadlineFinder.Found f = DeadlineFinder.read(ex.sentence(), ex.sent(), US);
                    assertTrue(f.stated(), "should state a deadline (or none): " + ex.sentence());
                    assertEquals(rule.name(), f.rule(), "rule that matched");
                    assertEquals(ex.expected(), f.deadline());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aRequestToTheUserIsNotTheirDeadline() {
        assertFalse(DeadlineFinder.read("Please send your availability by Friday.", java.time.LocalDate.of(2026, 11, 16), US).stated());
        assertFalse(DeadlineFinder.read("Could you let us know by Friday which slot works?", java.time.LocalDate.of(2026, 11, 16), US).stated());
    }

    @Test
    void aSentenceNotAboutHearingBackStatesNothing() {
        assertFalse(DeadlineFinder.read("The office is closed on Friday.", java.time.LocalDate.of(2026, 11, 16), US).stated());
    }
}
