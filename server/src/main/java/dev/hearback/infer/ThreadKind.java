package dev.hearback.infer;

import dev.hearback.mail.Message;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a thread is an interview process of the user as a candidate (policy.md, "Interview
 * thread"), and if not, why: job alerts, newsletters, application receipts, the user as interviewer,
 * meetings that are not about a job, and hiring talk with no interview yet.
 */
public final class ThreadKind {
    static final Pattern HIRING = Pattern.compile(
            "\\b(interview\\w*|position|role|candidac[yi]\\w*|candidate|application|applying|applied|recruit\\w*|hiring|job|opportunity|"
                    + "resume|résumé|cv|offer|phone\\s+screen|talent\\s+acquisition|hr\\b)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern JOB_ALERT = Pattern.compile(
            "\\b(job\\s+alert|new\\s+jobs?|jobs?\\s+(near|for\\s+you|matching|you\\s+may)|recommended\\s+jobs|apply\\s+now|\\d+\\s+new\\s+\\w+(\\s+\\w+)?\\s+jobs|easy\\s+apply|jobs\\s+digest)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSUBSCRIBE = Pattern.compile("\\bunsubscribe\\b|\\bmanage\\s+(your\\s+)?(email\\s+)?preferences\\b|\\bview\\s+in\\s+(your\\s+)?browser\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECEIPT = Pattern.compile(
            "\\b(received\\s+your\\s+application|thanks?\\s+(you\\s+)?for\\s+(applying|your\\s+application)|application\\s+(has\\s+been|was)\\s+(received|submitted)|"
                    + "we('ll|\\s+will)\\s+review\\s+your\\s+(application|resume|profile)|application\\s+confirmation)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern INTERVIEWER = Pattern.compile(
            "\\b(scorecard|interview\\s+kit|feedback\\s+form|submit\\s+(your\\s+)?feedback|(you('ll|\\s+will)\\s+be|you're)\\s+interviewing|interview\\s+(the\\s+)?candidate|"
                    + "please\\s+interview|on\\s+the\\s+(interview\\s+)?panel\\s+for|candidate('s)?\\s+(resume|cv|profile|packet)|candidate:\\s|interviewer\\s+(guide|instructions|brief)|"
                    + "hiring\\s+manager\\s+for\\s+this\\s+req|your\\s+interview\\s+with\\s+[A-Z][a-z]+\\s+[A-Z][a-z]+\\s+\\(candidate\\)"
                    // A request to interview someone else: "Could you interview Luis with me?", "a board member on each interview".
                    // ("We still have to interview one more candidate", said to a candidate, is not one.)
                    + "|(could|can|would)\\s+you\\s+(please\\s+)?(help\\s+(us\\s+)?)?interview\\s+(?!me\\b|us\\b|with\\b|for\\b|on\\b|at\\b|next\\b|this\\b|tomorrow\\b)"
                    + "|\\b(board|panel|staff)\\s+member\\s+(on|for)\\s+(each|every|the)\\s+interview)",
            Pattern.CASE_INSENSITIVE);
    /** INTERVIEWER and HIRING tried only at the starts of words their alternatives begin with. */
    static final WordStarts INTERVIEWER_STARTS = new WordStarts(INTERVIEWER, "scorecard", "interview", "feedback", "submit", "you",
            "please", "on ", "candidate", "hiring", "could", "can ", "would", "board", "panel", "staff");
    static final WordStarts HIRING_STARTS = new WordStarts(HIRING, "interview", "position", "role", "candida", "appli", "apply",
            "recruit", "hiring", "job", "opportunity", "resume", "résumé", "cv", "offer", "phone", "talent", "hr");
    /** JOB_ALERT tried only at the words (or numbers: "12 new design jobs") its alternatives begin with. */
    static final WordStarts JOB_ALERT_STARTS = new WordStarts(JOB_ALERT, "job", "new ", "recommended", "apply", "easy",
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final Pattern INVITATION = Pattern.compile("^\\s*(updated\\s+)?invitation\\s*:", Pattern.CASE_INSENSITIVE);

    // Keyword prechecks (Keywords): every alternative of the pattern named contains one of these.
    /** job(s) ..., apply now, easy apply. */
    private static final Keywords JOB_ALERT_WORDS = Keywords.of("job", "apply");
    /** unsubscribe, manage ... preferences, view in ... browser. */
    private static final Keywords UNSUBSCRIBE_WORDS = Keywords.of("unsubscribe", "preferences", "browser");
    /** received your application, thanks for applying, application received, we'll review your ..., application confirmation. */
    private static final Keywords RECEIPT_WORDS = Keywords.of("application", "applying", "review");

    private ThreadKind() {}

    private static boolean find(Pattern p, Keywords words, String text) {
        return words.mayMatch(Keywords.lower(text)) && p.matcher(text).find();
    }

    /**
     * What the thread's text settles alone, before anything else is read from it: a mailing list, or
     * (unless it reads as a job alert, which its interviews decide) the user as interviewer or no job
     * at all. {@code settled} is then the reason it is not an interview thread, whatever its
     * interviews and outcomes turn out to be; null when they are still needed.
     */
    record TextVerdict(String settled, boolean jobAlert, String all, String allLowered) {}

    static TextVerdict fromText(List<Message> messages, Predicate<Message> mine) {
        List<Message> theirs = messages.stream().filter(mine.negate()).toList();
        String all = String.join("\n", messages.stream().map(m -> m.subject() + "\n" + m.newText() + "\n" + m.signature()).toList());
        // The whole thread's text, lowered once for the keyword prechecks of JOB_ALERT and RECEIPT.
        String allLowered = Keywords.lower(all);
        boolean jobAlert = JOB_ALERT_WORDS.mayMatch(allLowered) && JOB_ALERT_STARTS.in(all);
        boolean bulk = !theirs.isEmpty() && theirs.stream().allMatch(m -> m.flags().bulk() || m.labels().stream().anyMatch(l -> l.equalsIgnoreCase("Category Promotions") || l.equalsIgnoreCase("CATEGORY_PROMOTIONS"))
                || find(UNSUBSCRIBE, UNSUBSCRIBE_WORDS, m.newText() + m.signature()));
        if (bulk) return new TextVerdict(jobAlert ? "job alert, no interview" : "newsletter or mailing list, not a hiring thread", jobAlert, all, allLowered);
        if (jobAlert) return new TextVerdict(null, true, all, allLowered); // "job alert" unless it has interviews: decided later
        return new TextVerdict(interviewerOrNoJob(messages, theirs, all), false, all, allLowered);
    }

    /** The user as interviewer, or nothing about a job; null when neither. */
    private static String interviewerOrNoJob(List<Message> messages, List<Message> theirs, String all) {
        if (theirs.stream().anyMatch(m -> INTERVIEWER_STARTS.in(m.subject() + "\n" + m.newText()))) return "you are the interviewer here, not the candidate";
        if (!HIRING_STARTS.in(all) && theirs.stream().noneMatch(m -> m.events().stream().anyMatch(e -> HIRING_STARTS.in(e.summary() + " " + e.description())))) {
            boolean invite = messages.stream().anyMatch(m -> !m.events().isEmpty() || INVITATION.matcher(m.subject()).find());
            return invite ? "calendar invitation not about a job" : "not about a job application";
        }
        return null;
    }

    /** Null when it is an interview thread, else the reason it is not; {@code text} from {@link #fromText} of the same messages. */
    public static String whyNot(TextVerdict text, List<Message> messages, Predicate<Message> mine, List<Interview> interviews, List<Outcome> outcomes) {
        if (text.settled() != null) return text.settled();
        if (text.jobAlert() && interviews.isEmpty()) return "job alert, no interview";
        // Without a job alert, fromText already looked for these and found neither.
        if (text.jobAlert()) {
            String other = interviewerOrNoJob(messages, messages.stream().filter(mine.negate()).toList(), text.all());
            if (other != null) return other;
        }
        if (interviews.isEmpty()) {
            if (outcomes.stream().anyMatch(o -> o.kind() == Outcome.Kind.OFFER)) return null;
            if (RECEIPT_WORDS.mayMatch(text.allLowered()) && RECEIPT.matcher(text.all()).find()) return "application received, no interview";
            if (outcomes.stream().anyMatch(o -> o.kind() == Outcome.Kind.REJECTION)) return "application declined before any interview";
            return "no interview scheduled or held";
        }
        return null;
    }
}
