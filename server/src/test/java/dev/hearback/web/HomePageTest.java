package dev.hearback.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.compose.Draft;
import dev.hearback.engine.Progress;
import dev.hearback.infer.Evidence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page at / with mail that tries to break out of every place it is shown: element text, the
 * draft's pre block, attribute values (quotes), and the user's own address in the header.
 */
class HomePageTest {
    private static final String SCRIPT = "</pre></q></h2><script>alert(1)</script>";
    private static final String ATTR = "\" onmouseover=\"alert(2)\" x='";
    private static final String IMG = "<img src=x onerror=alert(3)>";

    private static ThreadView hostile(String company) {
        return new ThreadView("18c2f0a1b2c3d4e5", "Interview " + IMG + SCRIPT, company, "Engineer " + ATTR,
                new ThreadView.Contact("Jane " + IMG, "jane@evil.example"), "AWAITING",
                OffsetDateTime.parse("2026-11-10T14:00:00-05:00"), new Evidence("confirmed " + SCRIPT, "<m@x>"), null,
                LocalDate.parse("2026-11-13"), new Evidence("we'll get back to you " + IMG + ATTR, "<m@y>"), 1,
                new Progress(LocalDate.parse("2026-11-10"), null, null, null),
                new ThreadView.Action("FOLLOW_UP", LocalDate.parse("2026-11-19"), true, "Reason " + SCRIPT),
                new Draft("jane@evil.example", "Re: Interview " + IMG, "Hi Jane " + SCRIPT + ATTR + "\n\nJordan"),
                new ThreadView.State(null, false), ThreadView.gmailUrl("18c2f0a1b2c3d4e5"));
    }

    @Test
    void mailTextCannotOpenATagOrLeaveAnAttribute() {
        var checklist = new ThreadRoutes.Checklist(OffsetDateTime.parse("2026-11-19T10:00:00-05:00"), "America/New_York", 1,
                List.of(hostile("Acme " + IMG), hostile(null)));
        for (boolean demo : List.of(true, false)) {
            String page = HomePage.checklist(checklist, "me" + IMG + "@example.com", demo);
            HostileInputTest.assertNoMarkupFromMail(page);
            assertFalse(page.contains(ATTR), "a quote from mail ended an attribute");
            assertTrue(page.contains(Html.text(SCRIPT)), "the text is still shown, escaped");
            assertTrue(page.contains("Acme " + Html.text(IMG)));
            assertTrue(page.contains(Html.text("Interview " + IMG + SCRIPT)), "without a company the subject is the heading");
            assertTrue(page.contains("me" + Html.text(IMG) + "@example.com"));
            // The page's structure survives: every thread's draft block is closed by the page, not by mail.
            assertTrue(page.split("<pre class=\"draft\">", -1).length - 1 == 2);
            assertTrue(page.split("</pre>", -1).length - 1 == 2);
        }
    }

    @Test
    void theSignInPageHasNoScript() {
        HostileInputTest.assertNoMarkupFromMail(HomePage.signIn());
    }
}
