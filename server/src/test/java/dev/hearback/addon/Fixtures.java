package dev.hearback.addon;

import dev.hearback.compose.Draft;
import dev.hearback.engine.Contact;
import dev.hearback.engine.IgnoredThread;
import dev.hearback.engine.Progress;
import dev.hearback.engine.ThreadReport;
import dev.hearback.infer.Evidence;
import dev.hearback.plan.ActionType;
import dev.hearback.plan.NextAction;
import dev.hearback.plan.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Engine reports built by hand, ordinary and hostile. */
public final class Fixtures {
    public static final String BASE = "https://hearback.example.com";
    public static final String SA = "service-123456789@gcp-sa-gsuiteaddons.iam.gserviceaccount.com";
    static final String THREAD_HEX = "18c2f0a1b2c3d4e5";
    static final ZoneId NY = ZoneId.of("America/New_York");
    static final AddonConfig CONFIG = AddonConfig.of(BASE, SA);

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ARABIC = "مهندس برمجيات أول";
    static final String HEBREW = "דנה כהן";

    private Fixtures() {}

    /** Acme, Product Manager: interviewed Nov 10, follow up due Mon Nov 23 2026. */
    static ThreadReport acme() {
        return report(THREAD_HEX, "Interview - Product Manager", "Acme", "Product Manager",
                new Contact("Jane Doe", "jane@acme.example"),
                new NextAction(ActionType.FOLLOW_UP, LocalDate.of(2026, 11, 23), false,
                        "No answer to your check-in of Nov 16; five business days later is Nov 23."),
                new Draft("jane@acme.example", "Re: Interview - Product Manager",
                        "Hi Jane,\n\nI wanted to follow up on the Product Manager role.\n\nBest,\nSam"));
    }

    static ThreadReport report(String threadId, String subject, String company, String role, Contact contact,
            NextAction next, Draft draft) {
        return new ThreadReport(threadId, subject, company, role, contact, Stage.AWAITING,
                ZonedDateTime.of(2026, 11, 10, 14, 0, 0, 0, NY),
                new Evidence("confirmed for Tuesday, November 10 at 2:00 PM", "m1"),
                null, null,
                LocalDate.of(2026, 11, 13),
                new Evidence("we'll get back to you by Friday", "m2"),
                1,
                new Progress(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 16), null, null),
                next, draft, "m2");
    }

    /** A report whose every mail-derived string is an attack or an oddity. */
    static ThreadReport hostile() {
        String huge = SCRIPT + "A".repeat(10_000);
        return new ThreadReport(THREAD_HEX,
                huge,
                "<b>Evil</b> & Co <img src=x onerror=alert(1)>\u202Egnp.exe",
                ARABIC + " <script>x()</script>",
                new Contact(HEBREW + " <script>steal()</script>", "<jane@evil.example>"),
                Stage.SCHEDULED,
                ZonedDateTime.of(2026, 11, 10, 14, 0, 0, 0, NY),
                new Evidence("<a href='javascript:alert(1)'>click</a> " + "B".repeat(5000), "m1"),
                ZonedDateTime.of(2026, 11, 18, 9, 30, 0, 0, ZoneId.of("Asia/Jerusalem")),
                new Evidence("הראיון הבא <iframe src=//evil>", "m3"),
                LocalDate.of(2026, 11, 13),
                new Evidence("We'll answer by Friday </font><script>alert(2)</script>", "m2"),
                0, null,
                new NextAction(ActionType.THANK_YOU, LocalDate.of(2026, 11, 11), true, "Reason with <script>r()</script> & more"),
                new Draft("<x@y>", huge, "<script>steal()</script>\n\u0000line\u0007 two\r\n" + ARABIC + "\n" + "C".repeat(20_000)),
                "m2");
    }

    static IgnoredThread ignored() {
        return new IgnoredThread(THREAD_HEX, "Weekly job alert", "job alert, no interview");
    }

    static IgnoredThread hostileIgnored() {
        return new IgnoredThread(THREAD_HEX, SCRIPT + "x".repeat(10_000), "<img src=x onerror=alert(1)> " + HEBREW);
    }
}
