package dev.hearback.compose;

import static org.junit.jupiter.api.Assertions.*;

import dev.hearback.plan.ActionType;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** policy.md, "Composed messages": every draft is short, addressed, factual, and never pushy. */
class ComposerTest {
    private static final Composer.Facts LONG = new Composer.Facts("Jane", "jane@acme.example", "Acme Regional Logistics and Distribution Holdings",
            "Senior Program Manager, Customer Experience and Operations Excellence", LocalDate.of(2026, 11, 10),
            LocalDate.of(2026, 11, 13), "Interview - Senior Program Manager", "Pat");

    @ParameterizedTest
    @EnumSource(ActionType.class)
    void everyDraftKeepsTheGuardrails(ActionType type) {
        Draft d = new Composer().compose(type, LONG);
        if (!type.hasDraft()) {
            assertNull(d, type + " comes without a draft");
            return;
        }
        String body = Guardrails.bodyOf(d.body());
        assertTrue(body.strip().split("\\s+").length <= Guardrails.MAX_WORDS, "at most 120 words: " + body);
        assertTrue(d.body().chars().filter(c -> c == '?').count() <= 1, "at most one question");
        assertTrue(d.body().startsWith("Hi Jane,"), "addressed by first name");
        assertTrue(d.body().contains(LONG.role()) && d.body().contains(LONG.company()), "names the role and company");
        assertEquals("jane@acme.example", d.to());
        assertEquals("Re: Interview - Senior Program Manager", d.subject());
    }

    @Test
    void checkInRecallsTheirStatedDate() {
        assertTrue(new Composer().compose(ActionType.CHECK_IN, LONG).body().contains("Friday, November 13"));
    }

    @Test
    void replySubjectIsNotDoubled() {
        assertEquals("Re: Hello", Composer.replySubject("Re: Hello"));
        assertEquals("Re: Hello", Composer.replySubject("Hello"));
    }

    @Test
    void guardrailsRefusePressureComplaintsGesturesAndQuestions() {
        String ok = "Hi Jane,\n\n%s\n\nBest regards,\nPat";
        assertThrows(IllegalStateException.class, () -> Guardrails.check(ok.formatted("I have other offers, so please decide.")));
        assertThrows(IllegalStateException.class, () -> Guardrails.check(ok.formatted("I am still waiting and frustrated.")));
        assertThrows(IllegalStateException.class, () -> Guardrails.check(ok.formatted("I am sending flowers to the team.")));
        assertThrows(IllegalStateException.class, () -> Guardrails.check(ok.formatted("Any news? Any update?")));
        assertThrows(IllegalStateException.class, () -> Guardrails.check(ok.formatted("word ".repeat(121))));
        assertDoesNotThrow(() -> Guardrails.check(ok.formatted("Is there any update you can share?")));
    }
}
