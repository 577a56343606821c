package dev.hearback.infer;

import dev.hearback.mail.Address;
import dev.hearback.mail.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** A job title in running text: capitalised words ("Human Factors & UX Lead", "Head of Design"). */
    private static final String TITLE = "[A-Z][\\w&/'-]*(?: +(?:of\\s+|and\\s+|&\\s+)?[A-Z][\\w&/'-]*){0,6}?";
    /** What narrows a title down to a team: "Product Designer, Fleet Operations", "Product Designer (Payments)". */
    private static final String QUALIFIER = "(?:,\\s+[A-Z][\\w&/'-]*(?:\\s+[A-Z][\\w&/'-]*){0,3}|\\s+\\([A-Z][\\w&/' -]{0,30}\\))?";
    static final Pattern ROLE_IN_TEXT = Pattern.compile(
            "\\b(?:for|as)\\s+(?:the|a|an|our)\\s+(?<r>" + TITLE + QUALIFIER + ")\\s+(?:position|role|opening|job|opportunity|vacancy|post)\\b"
                    + "|\\b(?:the|our)\\s+(?<r2>" + TITLE + QUALIFIER + ")\\s+(?:position|role|opening|vacancy)\\b"
                    + "|\\binterview(?:ing)?\\s+(?:you\\s+)?for\\s+(?:the\\s+)?(?<r3>" + TITLE
                    + "(?:" + QUALIFIER + "(?=\\s+(?:position|role|opening|at|with)\\b))?)(?=\\s+(?:on|at|position|role|opening|with|next|this|by)\\b|[.,;:!?)]|$)");
    static final Pattern COMPANY_IN_TEXT = Pattern.compile(
            "\\b(?:applying\\s+(?:to|with|at)|application\\s+(?:to|with|at)|interest\\s+in|position\\s+(?:with|at)|role\\s+(?:with|at)|"
                    + "team\\s+at|joining|join|welcome\\s+to|here\\s+at|position\\s+at|opportunity\\s+(?:with|at)|on\\s+behalf\\s+of|client,?)\\s+(?<c>[A-Z][\\w&'-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'-]*){0,4})");
    /** ROLE_IN_TEXT (for/as, the/our, interview) and COMPANY_IN_TEXT tried only at words that can start them. */
    static final WordStarts ROLE_IN_TEXT_STARTS = new WordStarts(ROLE_IN_TEXT, "fatoi");
    static final WordStarts COMPANY_IN_TEXT_STARTS = new WordStarts(COMPANY_IN_TEXT, "aiprtjwhoc");
    // Prechecks: ROLE_IN_TEXT and COMPANY_IN_TEXT are case-sensitive, so a text without any of these exact
    // words (each alternative contains one) cannot match, and their scan (and the space clean-up) is skipped.
    /** The words after the title (position ... post), or "interview" of the third alternative. */
    private static final String[] ROLE_IN_TEXT_WORDS = {"position", "role", "opening", "job", "opportunity", "vacancy", "post", "interview"};
    /** applying/application, interest, position, role, team, join(ing), welcome, here, opportunity, behalf, client. */
    private static final String[] COMPANY_IN_TEXT_WORDS = {"applying", "application", "interest", "position", "role", "team",
            "join", "welcome", "here", "opportunity", "behalf", "client"};
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)(best|best regards|regards|thanks|thank you|cheers|sincerely|kind regards|warm regards|warmly|all the best|many thanks|speak soon|talk soon)[,.!]*");
    /** A recruiter writing for a client: the client is the employer, not the agency that sends the mail. */
    private static final Pattern CLIENT = Pattern.compile(
            "\\b(?:my|our)\\s+client,?\\s+(?<c>[A-Z][\\w&'-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'-]*){0,4})");
    /** A company name as a signature writes it: capitalised words, maybe joined by "&" ("Hollis & Grey Design"). */
    private static final Pattern NAME_SEGMENT = Pattern.compile("[A-Z][\\w&'.-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'.-]*){0,5}");
    /** Signature lines are cut into segments at "|", "·", " / " and dashes ("Jane Doe | Recruiter | Acme"). */
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*[|·•]\\s*|\\s+[/–—-]\\s+");
    /** "Boston, MA", "Portland, Oregon", "London EC2M 2PP": a place, not a company. */
    private static final Pattern PLACE = Pattern.compile("^[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,2},\\s*(?:[A-Z]{2}|[A-Z][a-z]+)(?:\\s+\\d{5})?$|^[A-Z]{2}$");

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
        for (String line : Compiled.NEWLINE.split(m.signature())) {
            String l = Compiled.TRAILING_PUNCT.matcher(line.strip()).replaceAll("");
            if (Compiled.SIGN_OFF.matcher(l).matches()) continue;
            if (Compiled.PERSON_NAME.matcher(l).matches() && !TEAMISH.matcher(l).find()) return l;
            if (!l.isEmpty()) break;
        }
        return null;
    }

    private static String companyOf(List<Message> all, List<Message> theirs, Address contact) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        String domainKey = contact == null ? "" : domainKey(contact.email());
        String client = null;
        for (Message m : all) {
            if (!m.newText().contains("client")) continue; // CLIENT's mandatory literal (the pattern is case-sensitive)
            Matcher c = CLIENT.matcher(m.newText());
            if (c.find()) client = c.group("c");
        }
        Set<String> senderNames = new HashSet<>();
        for (Message m : theirs) {
            if (m.from() != null) senderNames.addAll(List.of(Compiled.WS.split(m.from().name().toLowerCase(Locale.ROOT))));
        }
        if (contact != null) senderNames.addAll(List.of(Compiled.WS.split(contact.name().toLowerCase(Locale.ROOT))));
        for (Message m : theirs) {
            for (String line : Compiled.NEWLINE.split(m.signature())) signatureCompanies(line.strip(), senderNames, votes);
            if (CaseSensitiveWords.anyIn(m.newText(), COMPANY_IN_TEXT_WORDS)) {
                Matcher t = COMPANY_IN_TEXT_STARTS.matcher(m.newText());
                for (int from = 0; COMPANY_IN_TEXT_STARTS.find(t, m.newText(), from); from = t.end()) vote(votes, t.group("c"), 2);
            }
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
            boolean ownDomain = !domainKey.isEmpty() && (key.startsWith(domainKey) || domainKey.startsWith(key));
            if (ownDomain && client == null) score += 10;
            if (client != null && (name.startsWith(client) || client.startsWith(name))) score += 20;
            // Prefer the fuller form of the same name ("Hollis & Grey Design" over "Hollis & Grey").
            for (String other : votes.keySet()) {
                if (!other.equals(name) && name.startsWith(other)) score += votes.get(other);
            }
            // "Network Partners" is a firm, "Senior Partner" a title: a company's own domain settles it.
            if (looksLikeRole(name) && !ownDomain) score -= 20;
            if (score > bestScore) {
                bestScore = score;
                best = name;
            }
        }
        if (best == null && !domainKey.isEmpty()) best = capitalise(domainKey);
        return best;
    }

    /**
     * The companies a signature line may name. A segment of its own ("Juniper Freight" in "Juniper
     * Freight | 1400 Peachtree Blvd") is likelier the company than what follows a title ("Network
     * Planning" in "Director, Network Planning", often a department); titles, places, street
     * addresses and the sender's own name are not companies.
     */
    private static void signatureCompanies(String line, Set<String> senderNames, Map<String, Integer> votes) {
        for (String segment : SEGMENT_SPLIT.split(line)) {
            String seg = segment.strip();
            if (seg.isEmpty() || PLACE.matcher(seg).matches() || DIGIT.matcher(seg).find()) continue;
            if (senderNames.containsAll(List.of(Compiled.WS.split(seg.toLowerCase(Locale.ROOT))))) continue; // "Rosalind", "Jane Doe"
            if (CLOSING.matcher(seg).matches()) continue;
            int comma = seg.lastIndexOf(',');
            if (comma >= 0) {
                String after = seg.substring(comma + 1).strip();
                if (NAME_SEGMENT.matcher(after).matches() && !looksLikeRole(after)) vote(votes, after, 2);
                continue;
            }
            if (NAME_SEGMENT.matcher(seg).matches() && !looksLikeRole(seg)) vote(votes, seg, 3);
        }
    }

    private static String viaCompany(Address from) {
        if (from == null) return null;
        Matcher m = Compiled.VIA_NAME.matcher(from.name());
        if (m.find() && TEAMISH.matcher(m.group("c")).find()) return TEAMISH.matcher(m.group("c")).replaceAll("").strip();
        return null;
    }

    private static void vote(Map<String, Integer> votes, String raw, int weight) {
        if (raw == null) return;
        String c = Compiled.TEAM_SUFFIX.matcher(Compiled.END_PUNCT.matcher(raw.strip()).replaceAll("")).replaceAll("").strip();
        if (c.length() < 2 || c.length() > 60 || Compiled.MARKUPISH.matcher(c).matches()) return;
        if (Compiled.NOT_A_COMPANY.matcher(c).matches()) return;
        votes.merge(c, weight, Integer::sum);
    }

    private static final Pattern SUBJECT_SPLIT = Pattern.compile("\\s+(?:-|–|—|\\||//|/|:|@)\\s+|:\\s+|\\s+at\\s+|\\s*\\(|\\)\\s*");
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
            if (!CaseSensitiveWords.anyIn(m.newText(), ROLE_IN_TEXT_WORDS)) continue;
            String text = Compiled.SPACES.matcher(m.newText()).replaceAll(" ");
            Matcher r = ROLE_IN_TEXT_STARTS.matcher(text);
            for (int from = 0; ROLE_IN_TEXT_STARTS.find(r, text, from); from = r.end()) {
                String role = r.group("r") != null ? r.group("r") : r.group("r2") != null ? r.group("r2") : r.group("r3");
                if (role != null && looksLikeRole(role)) votes.merge(cleanRole(role, company), 3, Integer::sum);
            }
        }
        if (!messages.isEmpty()) {
            String subject = messages.get(0).subject();
            Matcher f = Compiled.FOR_ROLE.matcher(subject);
            if (f.find() && looksLikeRole(f.group("r"))) votes.merge(cleanRole(f.group("r"), company), 2, Integer::sum);
            for (String part : subjectParts(subject)) {
                String p = Compiled.MEETING_WORDS.matcher(part).replaceAll("").strip();
                p = Compiled.FOR_WITH.matcher(p).replaceAll("").strip();
                if (company != null && p.equalsIgnoreCase(company)) continue;
                if (looksLikeRole(p)) votes.merge(cleanRole(p, company), 2, Integer::sum);
            }
        }
        return fullestForm(votes);
    }

    /**
     * The best-supported title, where a qualified title ("Program Manager, Grid Modernization",
     * "Product Designer (Payments)") also counts every mention of its bare form ("Program Manager"):
     * mail shortens a title once it has been said in full.
     */
    private static String fullestForm(Map<String, Integer> votes) {
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            String name = e.getKey();
            int score = e.getValue();
            for (Map.Entry<String, Integer> other : votes.entrySet()) {
                String o = other.getKey();
                if (name.length() > o.length() && name.startsWith(o) && (name.charAt(o.length()) == ',' || name.startsWith(" (", o.length()))) {
                    score += other.getValue();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = name;
            }
        }
        return best;
    }

    /**
     * "the founding designer role" reads as "Founding Designer": no article, no trailing "role", title
     * case; "Audience Insights Lead, Sable Street Media" loses the company it names.
     */
    private static String cleanRole(String r, String company) {
        String c = Compiled.ROLE_END_PUNCT.matcher(Compiled.ARTICLE.matcher(r.strip()).replaceAll("")).replaceAll("").strip();
        c = Compiled.ROLE_WORD.matcher(c).replaceAll("").strip();
        if (company != null && c.endsWith(company)) c = Compiled.TRAILING_AT.matcher(c.substring(0, c.length() - company.length())).replaceAll("").strip();
        return c.equals(c.toLowerCase(Locale.ROOT)) ? titleCase(c) : c;
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char ch : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-' || ch == '/';
        }
        return out.toString();
    }

    private static final Pattern TITLE_WORD = Pattern.compile("(?i)\\b" + TITLE_WORDS + "s?\\b");
    private static final Pattern MARKUP = Pattern.compile("[<>{}=]");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)\\b(re|fwd?|invitation|interview\\w*|screen(ing)?|call|chat|meeting|conversation|confirm\\w*|update|schedul\\w*|application|your|we|you|i|my|is|are|was|will|would|thank\\w*|hi|hello|dear|jobs)\\b|[?!@]");

    static boolean looksLikeRole(String s) {
        return s != null && s.length() <= 80 && !MARKUP.matcher(s).find() && TITLE_WORD.matcher(s).find()
                && !NOT_A_TITLE.matcher(s).find();
    }

    private static String domainKey(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) return "";
        String[] labels = email.substring(at + 1).toLowerCase(Locale.ROOT).split("\\.");
        String key = "";
        for (int i = labels.length - 2; i >= 0; i--) {
            String l = labels[i];
            if (Compiled.DOMAIN_NOISE.matcher(l).matches()) continue;
            key = l;
            break;
        }
        if (GENERIC_DOMAIN.matcher(key).matches()) return "";
        return Compiled.NOT_ALNUM.matcher(key).replaceAll("");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Patterns compiled once: these run for every message of every thread (String.matches recompiles each call). */
    private static final class Compiled {
        static final Pattern TRAILING_PUNCT = Pattern.compile("[,.!]+$");
        static final Pattern SIGN_OFF = Pattern.compile("(?i)(best|best regards|regards|thanks|thank you|cheers|sincerely|kind regards|warm regards|warmly|all the best|many thanks)");
        static final Pattern PERSON_NAME = Pattern.compile("[A-Z][a-zA-Z'’-]+(\\s+[A-Z][a-zA-Z'’.-]+){0,2}");
        static final Pattern NEWLINE = Pattern.compile("\\n");
        static final Pattern WS = Pattern.compile("\\s+");
        static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
        static final Pattern VIA_NAME = Pattern.compile("^(?<c>.+?)\\s+(?:\\(via\\s|via\\s)", Pattern.CASE_INSENSITIVE);
        static final Pattern END_PUNCT = Pattern.compile("[.,;:!]+$");
        static final Pattern TEAM_SUFFIX = Pattern.compile("\\s+(Talent|Recruiting|Careers|Hiring|HR|People)(\\s+Team)?$");
        static final Pattern MARKUPISH = Pattern.compile(".*[<>@{}=].*");
        static final Pattern NOT_A_COMPANY = Pattern.compile("(?i)(re|fwd?|interview|invitation|the|our|your|us|hi|hello|thanks|thank you|sam|team|updated invitation|confirmation)");
        static final Pattern SUBJECT_PREFIX = Pattern.compile("(?i)^\\s*((re|fwd?|invitation|updated invitation)\\s*:\\s*)+");
        static final Pattern SPACES = Pattern.compile("\\s+");
        static final Pattern FOR_ROLE = Pattern.compile("(?i)\\b(?:for|as)\\s+(?:the\\s+|a\\s+|an\\s+)?(?<r>[A-Z][^()|:]*?)(?:\\s+(?:role|position|interview)|\\s*[(|:]|$)");
        static final Pattern MEETING_WORDS = Pattern.compile("(?i)\\b(interview|phone screen|video call|final conversation|final interview|onsite|confirmation)\\b");
        static final Pattern FOR_WITH = Pattern.compile("(?i)^(for|with)\\s+");
        static final Pattern ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");
        static final Pattern ROLE_END_PUNCT = Pattern.compile("[.,;:]+$");
        static final Pattern ROLE_WORD = Pattern.compile("(?i)\\s+(role|position|opening|job|vacancy|opportunity)$");
        static final Pattern TRAILING_AT = Pattern.compile("(?:,|\\s+at)\\s*$");
        static final Pattern DOMAIN_NOISE = Pattern.compile("(co|com|org|net|ac|gov|edu|mail|email|e|hr|jobs|careers|talent|hire|recruiting|us|uk)");
    }
}
