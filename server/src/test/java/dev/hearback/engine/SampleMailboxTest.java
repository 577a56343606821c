package dev.hearback.engine;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearback.mail.Mailbox;
import dev.hearback.mail.MailboxReader;
import dev.hearback.plan.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every thread of a labelled mailbox matches its label: stage, action, due date, interview date,
 * deadline, company, role, and the contact's first name in the draft. Runs on the shared sample
 * and on every other labelled mailbox in the test resources.
 */
class SampleMailboxTest {
    /**
     * The shared sample sits in a {@code shared/samples} folder beside the clone (or beside the
     * folder of worktrees); tests run in the server module's directory, so look upwards for it.
     */
    static final Path SHARED_SAMPLES = sharedSamples();

    private static Path sharedSamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples");
            if (Files.exists(candidate.resolve("sample.mbox"))) return candidate;
        }
        return Path.of("../../shared/samples");
    }

    static Stream<Path[]> mailboxes() {
        List<Path[]> out = new ArrayList<>();
        if (Files.exists(SHARED_SAMPLES.resolve("sample.mbox"))) {
            out.add(new Path[] {SHARED_SAMPLES.resolve("sample.mbox"), SHARED_SAMPLES.resolve("sample-labels.json")});
        }
        for (String[] r : List.of(new String[] {"src/test/resources/demo/demo-labels.json", "src/main/resources/demo/demo.mbox"},
                new String[] {"src/test/resources/eval/eval-labels.json", "src/test/resources/eval/eval.mbox"})) {
            if (Files.exists(Path.of(r[0]))) out.add(new Path[] {Path.of(r[1]), Path.of(r[0])});
        }
        return out.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyLabelledThreadMatches() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path[]> boxes = mailboxes().toList();
        assertTrue(boxes.stream().anyMatch(b -> b[0].endsWith("sample.mbox")), "the shared sample must sit at ../shared/samples beside the clone");
        for (Path[] box : boxes) {
            JsonNode labels = new ObjectMapper().readTree(box[1].toFile());
            Mailbox mb = new MailboxReader().readMbox(box[0]);
            Analysis a = new Engine().analyze(mb.threads(), new AnalysisSettings(Set.of(labels.get("me").asText()),
                    Instant.parse(labels.get("now").asText()), ZoneId.of(labels.get("zone").asText()), "US", Preset.BALANCED));
            for (Iterator<Map.Entry<String, JsonNode>> it = labels.get("threads").fields(); it.hasNext(); ) {
                var e = it.next();
                String id = e.getKey();
                JsonNode l = e.getValue();
                tests.add(DynamicTest.dynamicTest(box[0].getFileName() + " " + id + " " + l.path("company").asText(""), () -> check(a, id, l)));
            }
        }
        return tests.stream();
    }

    /** Every labelled field is checked, and every mismatch of a thread is reported at once. */
    private static void check(Analysis a, String id, JsonNode l) {
        ThreadReport r = a.threads().stream().filter(t -> t.threadId().equals(id)).findFirst().orElse(null);
        if (!l.get("interview").asBoolean()) {
            assertNull(r, "not an interview thread, but listed: " + l.path("note").asText());
            assertTrue(a.ignored().stream().anyMatch(t -> t.threadId().equals(id)), "ignored threads must say why");
            return;
        }
        assertNotNull(r, "interview thread missing: " + l.path("note").asText());
        String note = " — " + l.path("note").asText();
        String first = text(l, "contactFirstName");
        List<Executable> checks = List.of(
                () -> assertEquals(l.get("stage").asText(), r.stage().name(), "stage" + note),
                () -> assertEquals(l.get("action").asText(), r.nextAction().type().name(), "action" + note),
                () -> assertEquals(l.get("due").asText(), r.nextAction().due().toString(), "due" + note),
                () -> assertEquals(text(l, "interviewDate"), r.interviewAt() == null ? null : r.interviewAt().toLocalDate().toString(), "interview date" + note),
                () -> assertEquals(text(l, "nextInterviewDate"), r.nextInterviewAt() == null ? null : r.nextInterviewAt().toLocalDate().toString(), "next interview" + note),
                () -> assertEquals(text(l, "deadline"), r.deadline() == null ? null : r.deadline().toString(), "deadline" + note),
                () -> {
                    if (r.draft() != null) assertTrue(r.draft().body().startsWith("Hi " + first + ","), "draft greets " + first + ": " + r.draft().body());
                    else assertEquals(first, r.contact().firstName(), "contact first name");
                },
                () -> { if (r.interviewAt() != null) assertNotNull(r.interviewEvidence(), "every interview keeps its sentence"); },
                () -> { if (r.nextInterviewAt() != null) assertNotNull(r.nextInterviewEvidence(), "every upcoming interview keeps its sentence"); },
                () -> { if (r.deadline() != null) assertFalse(r.deadlineEvidence().sentence().isBlank(), "every deadline keeps its sentence"); },
                () -> assertEquals(text(l, "company"), r.company(), "company"),
                () -> assertEquals(text(l, "role"), r.role(), "role"));
        assertAll(checks);
    }

    private static String text(JsonNode l, String field) {
        JsonNode n = l.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
