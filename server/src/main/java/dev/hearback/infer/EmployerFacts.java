package dev.hearback.infer;

import dev.hearback.mail.Address;
import dev.hearback.mail.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer's side of a thread: the company, the role, and the person to write to (who last
 * wrote for the employer). Mail sent through an applicant-tracking system ("Jane Doe via Greenhouse"
 * from a no-reply address) names the person in its display name and the address in Reply-To.
 */
public record EmployerFacts(String company, String role, Address contact) {
    private static final Pattern VIA = Pattern.compile("\\s*(\\(via\\s+[^)]*\\)|\\bvia\\s+.+|\\bat\\s+[A-Z].*|\\|.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_REPLY = Pattern.compile("^(no-?reply|do-?not-?reply|notifications?|jobs|careers|talent|recruiting|hiring|hr|team|hello|info)[-.+_a-z0-9]*@", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEAMISH = Pattern.compile("\\b(team|talent|recruiting|careers|hiring|jobs|hr|people|notifications?|calendar)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_DOMAIN = Pattern.compile(
            "(gmail|googlemail|yahoo|outlook|hotmail|icloud|me|aol|proton|protonmail|greenhouse|lever|workday|myworkday|myworkdayjobs|smartrecruiters|ashbyhq|icims|jobvite|bamboohr|workable|taleo|successfactors|breezy|recruitee|teamtailor|personio)\\b");

    private static final String TITLE_WORDS = "(?:manager|engineer|analyst|director|designer|developer|specialist|coordinator|lead|associate|scientist|consultant|"
            + "administrator|officer|representative|intern|architect|strategist|advisor|adviser|head|vp|president|producer|editor|writer|accountant|"
            + "recruiter|planner|technician|nurse|teacher|researcher|owner|partner|generalist|executive|assistant|programmer|marketer|operator|supervisor|"
            + "controller|economist|counsel|attorney|paralegal|pharmacist|therapist|chef|buyer|merchandiser)";
    private static final Pattern ROLE_IN_TEXT = Pattern.compile(
            "\\b(?:for|as)\\s+(?:the|a|an|our)\\s+(?<r>[A-Z][\\w&/'-]*(?:[ ,]+(?:of\\s+|and\\s+|&\\s+)?[A-Z][\\w&/'-]*){0,7}?)\\s+(?:position|role|opening|job|opportunity|vacancy|post)\\b"
                    + "|\\b(?:the|our)\\s+(?<r2>[A-Z][\\w&/'-]*(?:[ ,]+(?:of\\s+|and\\s+|&\\s+)?[A-Z][\\w&/'-]*){0,7}?)\\s+(?:position|role|opening|vacancy)\\b"
                    + "|\\binterview(?:ing)?\\s+(?:you\\s+)?for\\s+(?:the\\s+)?(?<r3>[A-Z][\\w&/'-]*(?:[ ,]+(?:of\\s+|and\\s+|&\\s+)?[A-Z][\\w&/'-]*){0,7}?)(?=\\s+(?:on|at|position|role|with|next|this|by)\\b|[.,;:!?)]|$)");
    private static final Pattern COMPANY_IN_TEXT = Pattern.compile(
            "\\b(?:applying\\s+(?:to|with|at)|application\\s+(?:to|with|at)|interest\\s+in|position\\s+(?:with|at)|role\\s+(?:with|at)|"
                    + "team\\s+at|joining|join|welcome\\s+to|here\\s+at|position\\s+at|opportunity\\s+(?:with|at)|on\\s+behalf\\s+of|client,?)\\s+(?<c>[A-Z][\\w&'-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'-]*){0,4})");
    private static final Pattern SIGNATURE_COMPANY = Pattern.compile(
            "^(?:[^,|]{2,60}),\\s*(?<c>[A-Z][\\w&'-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'-]*){0,5})\\s*$|^.*\\|\\s*(?<c2>[A-Z][\\w&'-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'-]*){0,5})\\s*$");

    public static EmployerFacts of(List<Message> messages, Predicate<Message> mine) {
        List<Message> theirs = messages.stream().filter(mine.negate()).toList();
        Address contact = contactOf(theirs);
        String company = companyOf(messages, theirs, contact);
        String role = roleOf(messages, company);
        return new EmployerFacts(company, role, contact);
    }

    private static Address contactOf(List<Message> theirs) {
        for (int i = theirs.size() - 1; i >= 0; i--) {
            Message m = theirs.get(i);
            if (m.from() == null || m.flags().autoReplied()) continue;
            String name = VIA.matcher(m.from().name()).replaceFirst("").strip();
            Address reply = m.replyAddress();
            if (name.isEmpty() || TEAMISH.matcher(name).find() || name.contains("@")) {
                String signed = signerOf(m);
                if (signed != null) name = signed;
            }
            return new Address(name, reply.email());
        }
        return null;
    }

    /** The name a message is signed with: the first line of its signature block that looks like a name. */
    private static String signerOf(Message m) {
        for (String line : m.signature().split("\\n")) {
            String l = Compiled.TRAILING_PUNCT.matcher(line.strip()).replaceAll("");
            if (Compiled.CLOSING.matcher(l).matches()) continue;
            if (Compiled.PERSON_NAME.matcher(l).matches() && !TEAMISH.matcher(l).find()) return l;
            if (!l.isEmpty()) break;
        }
        return null;
    }

    private static String companyOf(List<Message> all, List<Message> theirs, Address contact) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        String domainKey = contact == null ? "" : domainKey(contact.email());
        for (Message m : theirs) {
            for (String line : m.signature().split("\\n")) {
                Matcher s = SIGNATURE_COMPANY.matcher(line.strip());
                if (s.matches()) vote(votes, s.group("c") != null ? s.group("c") : s.group("c2"), 3);
            }
            Matcher t = COMPANY_IN_TEXT.matcher(m.newText());
            while (t.find()) vote(votes, t.group("c"), 2);
            String viaCompany = viaCompany(m.from());
            if (viaCompany != null) vote(votes, viaCompany, 2);
        }
        if (!all.isEmpty()) {
            for (String part : subjectParts(all.get(0).subject())) vote(votes, part, 1);
        }
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            String name = e.getKey();
            String key = Compiled.NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
            int score = e.getValue();
            if (!domainKey.isEmpty() && (key.startsWith(domainKey) || domainKey.startsWith(key))) score += 10;
            // Prefer the fuller form of the same name ("Hollis & Grey Design" over "Hollis & Grey").
            for (String other : votes.keySet()) {
                if (!other.equals(name) && name.startsWith(other)) score += votes.get(other);
            }
            if (looksLikeRole(name)) score -= 20;
            if (score > bestScore) {
                bestScore = score;
                best = name;
            }
        }
        if (best == null && !domainKey.isEmpty()) best = capitalise(domainKey);
        return best;
    }

    private static String viaCompany(Address from) {
        if (from == null) return null;
        Matcher m = Compiled.VIA_NAME.matcher(from.name());
        if (m.find() && TEAMISH.matcher(m.group("c")).find()) return TEAMISH.matcher(m.group("c")).replaceAll("").strip();
        return null;
    }

    private static void vote(Map<String, Integer> votes, String raw, int weight) {
        if (raw == null) return;
        String c = Compiled.TEAM_SUFFIX.matcher(Compiled.TRAILING_PUNCT_2.matcher(raw.strip()).replaceAll("")).replaceAll("").strip();
        if (c.length() < 2 || c.length() > 60 || Compiled.MARKUP.matcher(c).matches()) return;
        if (Compiled.NOT_A_COMPANY.matcher(c).matches()) return;
        votes.merge(c, weight, Integer::sum);
    }

    private static final Pattern SUBJECT_SPLIT = Pattern.compile("\\s+(?:-|–|—|\\||//|:|@)\\s+|:\\s+|\\s+at\\s+|\\s*\\(|\\)\\s*");
    static List<String> subjectParts(String subject) {
        String s = Compiled.SUBJECT_PREFIX.matcher(subject).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String p : SUBJECT_SPLIT.split(s)) {
            String t = p.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static String roleOf(List<Message> messages, String company) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Message m : messages) {
            Matcher r = ROLE_IN_TEXT.matcher(Compiled.SPACES.matcher(m.newText()).replaceAll(" "));
            while (r.find()) {
                String role = r.group("r") != null ? r.group("r") : r.group("r2") != null ? r.group("r2") : r.group("r3");
                if (role != null && looksLikeRole(role)) votes.merge(cleanRole(role), 3, Integer::sum);
            }
        }
        if (!messages.isEmpty()) {
            String subject = messages.get(0).subject();
            Matcher f = Compiled.ROLE_IN_SUBJECT.matcher(subject);
            if (f.find() && looksLikeRole(f.group("r"))) votes.merge(cleanRole(f.group("r")), 2, Integer::sum);
            for (String part : subjectParts(subject)) {
                String p = Compiled.MEETING_WORDS.matcher(part).replaceAll("").strip();
                p = Compiled.FOR_WITH.matcher(p).replaceAll("").strip();
                if (company != null && p.equalsIgnoreCase(company)) continue;
                if (looksLikeRole(p)) votes.merge(cleanRole(p), 2, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String cleanRole(String r) {
        return Compiled.TRAILING_PUNCT_3.matcher(Compiled.ARTICLE.matcher(r.strip()).replaceAll("")).replaceAll("").strip();
    }

    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)\\b(re|fwd?|invitation|interview\\w*|screen(ing)?|call|chat|meeting|conversation|confirm\\w*|update|schedul\\w*|application|your|we|you|i|my|is|are|was|will|would|thank\\w*|hi|hello|dear|jobs)\\b|[?!@]");

    static boolean looksLikeRole(String s) {
        return s != null && s.length() <= 80 && Compiled.TITLE.matcher(s).find()
                && !NOT_A_TITLE.matcher(s).find();
    }

    private static String domainKey(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) return "";
        String[] labels = email.substring(at + 1).toLowerCase(Locale.ROOT).split("\\.");
        String key = "";
        for (int i = labels.length - 2; i >= 0; i--) {
            String l = labels[i];
            if (Compiled.GENERIC_LABEL.matcher(l).matches()) continue;
            key = l;
            break;
        }
        if (GENERIC_DOMAIN.matcher(key).matches()) return "";
        return Compiled.NOT_ALNUM.matcher(key).replaceAll("");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Patterns that were compiled anew on every call (String.matches, replaceAll): 16% of the
     * engine's time on a large mailbox. Each is the very regex it replaces.
     */
    private static final class Compiled {
        static final Pattern TRAILING_PUNCT = Pattern.compile("[,.!]+$");
        static final Pattern CLOSING = Pattern.compile("(?i)(best|best regards|regards|thanks|thank you|cheers|sincerely|kind regards|warm regards|warmly|all the best|many thanks)");
        static final Pattern PERSON_NAME = Pattern.compile("[A-Z][a-zA-Z'’-]+(\\s+[A-Z][a-zA-Z'’.-]+){0,2}");
        static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
        static final Pattern VIA_NAME = Pattern.compile("^(?<c>.+?)\\s+(?:\\(via\\s|via\\s)", Pattern.CASE_INSENSITIVE);
        static final Pattern TRAILING_PUNCT_2 = Pattern.compile("[.,;:!]+$");
        static final Pattern TEAM_SUFFIX = Pattern.compile("\\s+(Talent|Recruiting|Careers|Hiring|HR|People)(\\s+Team)?$");
        static final Pattern MARKUP = Pattern.compile(".*[<>@{}=].*");
        static final Pattern NOT_A_COMPANY = Pattern.compile("(?i)(re|fwd?|interview|invitation|the|our|your|us|hi|hello|thanks|thank you|sam|team|updated invitation|confirmation)");
        static final Pattern SUBJECT_PREFIX = Pattern.compile("(?i)^\\s*((re|fwd?|invitation|updated invitation)\\s*:\\s*)+");
        static final Pattern SPACES = Pattern.compile("\\s+");
        static final Pattern ROLE_IN_SUBJECT = Pattern.compile("(?i)\\b(?:for|as)\\s+(?:the\\s+|a\\s+|an\\s+)?(?<r>[A-Z][^()|:]*?)(?:\\s+(?:role|position|interview)|\\s*[(|:]|$)");
        static final Pattern MEETING_WORDS = Pattern.compile("(?i)\\b(interview|phone screen|video call|final conversation|final interview|onsite|confirmation)\\b");
        static final Pattern FOR_WITH = Pattern.compile("(?i)^(for|with)\\s+");
        static final Pattern ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");
        static final Pattern TRAILING_PUNCT_3 = Pattern.compile("[.,;:]+$");
        static final Pattern TITLE = Pattern.compile("(?i)\\b" + TITLE_WORDS + "s?\\b");
        static final Pattern GENERIC_LABEL = Pattern.compile("(co|com|org|net|ac|gov|edu|mail|email|e|hr|jobs|careers|talent|hire|recruiting|us|uk)");
    }
}
