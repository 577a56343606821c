package dev.hearback.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearback.engine.Analysis;
import dev.hearback.engine.IgnoredThread;
import dev.hearback.engine.ThreadReport;
import dev.hearback.mail.ReadError;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON object of analyze-contract.md, field for field. */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {}

    public static String write(Analysis a, List<ReadError> errors) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("now", a.now().toString());
        root.put("zone", a.zone().getId());
        root.put("preset", a.preset().id());
        ArrayNode threads = root.putArray("threads");
        for (ThreadReport r : a.threads()) threads.add(thread(r));
        ArrayNode ignored = root.putArray("ignored");
        for (IgnoredThread t : a.ignored()) {
            ignored.addObject().put("threadId", t.threadId()).put("subject", t.subject()).put("why", t.why());
        }
        ArrayNode errs = root.putArray("errors");
        for (ReadError e : errors) errs.addObject().put("message", e.where()).put("why", e.why());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode thread(ThreadReport r) {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("threadId", r.threadId());
        t.put("subject", r.subject());
        t.put("company", r.company());
        t.put("role", r.role());
        if (r.contact() == null) t.putNull("contact");
        else t.putObject("contact").put("name", r.contact().name()).put("email", r.contact().email());
        t.put("stage", r.stage().name());
        t.put("interviewAt", r.interviewAt() == null ? null : r.interviewAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        t.put("interviewEvidence", r.interviewEvidence() == null ? null : r.interviewEvidence().sentence());
        t.put("nextInterviewAt", r.nextInterviewAt() == null ? null : r.nextInterviewAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        t.put("deadline", r.deadline() == null ? null : r.deadline().toString());
        t.put("deadlineEvidence", r.deadlineEvidence() == null ? null : r.deadlineEvidence().sentence());
        t.put("followUpsSent", r.followUpsSent());
        ObjectNode na = t.putObject("nextAction");
        na.put("type", r.nextAction().type().name());
        na.put("due", r.nextAction().due().toString());
        na.put("dueNow", r.nextAction().dueNow());
        na.put("reason", r.nextAction().reason());
        if (r.draft() == null) t.putNull("draft");
        else t.putObject("draft").put("to", r.draft().to()).put("subject", r.draft().subject()).put("body", r.draft().body());
        return t;
    }
}
