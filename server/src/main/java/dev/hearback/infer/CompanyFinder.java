package dev.hearback.infer;

import dev.hearback.mail.Address;
import dev.hearback.mail.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer's name, by votes: signature lines, phrases in their mail ("applying to Acme", "here at
 * Acme"), an applicant-tracking sender ("Acme Talent Team via Greenhouse") and the first subject, with
 * the contact's own mail domain and a recruiter's client ("my client, Acme") settling close calls.
 */
final class CompanyFinder {
    private static final Pattern GENERIC_DOMAIN = Pattern.compile(
            "(gmail|googlemail|yahoo|outlook|hotmail|icloud|me|aol|proton|protonmail|greenhouse|lever|workday|myworkday|myworkdayjobs|smartrecruiters|ashbyhq|icims|jobvite|bamboohr|workable|taleo|successfactors|breezy|recruitee|teamtailor|personio)\\b");
    static final Pattern COMPANY_IN_TEXT = Pattern.compile(
            "\\b(?:applying\\s+(?:to|with|at)|application\\s+(?:to|with|at)|interest\\s+in|position\\s+(?:with|at)|role\\s+(?:with|at)|"
                    + "team\\s+at|joining|join|welcome\\s+to|here\\s+at|position\\s+at|opportunity\\s+(?:with|at)|on\\s+behalf\\s+of|client,?)\\s+(?<c>[A-Z][\\w&'-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'-]*){0,4})");
    /** COMPANY_IN_TEXT tried only at the words that can start it. */
    static final WordStarts COMPANY_IN_TEXT_STARTS = new WordStarts(COMPANY_IN_TEXT, "applying", "application", "interest", "position",
            "role", "team", "join", "welcome", "here", "opportunity", "on ", "client");
    /**
     * Precheck: COMPANY_IN_TEXT is case-sensitive, so a text without any of these exact words (each
     * alternative contains one: applying/application, interest, position, role, team, join(ing), welcome,
     * here, opportunity, behalf, client) cannot match, and its scan is skipped.
     */
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
    private static final Pattern NEWLINE = Pattern.compile("\\n");
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern VIA_NAME = Pattern.compile("^(?<c>.+?)\\s+(?:\\(via\\s|via\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern END_PUNCT = Pattern.compile("[.,;:!]+$");
    private static final Pattern TEAM_SUFFIX = Pattern.compile("\\s+(Talent|Recruiting|Careers|Hiring|HR|People)(\\s+Team)?$");
    private static final Pattern MARKUPISH = Pattern.compile(".*[<>@{}=].*");
    private static final Pattern NOT_A_COMPANY = Pattern.compile("(?i)(re|fwd?|interview|invitation|the|our|your|us|hi|hello|thanks|thank you|sam|team|updated invitation|confirmation)");
    private static final Pattern DOMAIN_NOISE = Pattern.compile("(co|com|org|net|ac|gov|edu|mail|email|e|hr|jobs|careers|talent|hire|recruiting|us|uk)");

    private CompanyFinder() {}

    /**
     * {@code all}: the thread's messages, oldest first; {@code theirs}: the employer's; {@code contact}
     * from {@link ContactFinder}; {@code subjectParts}: the first subject's, from {@link SubjectParts}.
     */
    static String of(List<Message> all, List<Message> theirs, Address contact, List<String> subjectParts) {
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
            if (m.from() != null) senderNames.addAll(List.of(WS.split(m.from().name().toLowerCase(Locale.ROOT))));
        }
        if (contact != null) senderNames.addAll(List.of(WS.split(contact.name().toLowerCase(Locale.ROOT))));
        // A thread repeats its signatures: each distinct one is read once, and its votes cast again for every message that carries it.
        Map<String, List<Vote>> signatureVotes = new HashMap<>();
        for (Message m : theirs) {
            List<Vote> signed = signatureVotes.computeIfAbsent(m.signature(), sig -> {
                List<Vote> found = new ArrayList<>();
                for (String line : NEWLINE.split(sig)) signatureCompanies(line.strip(), senderNames, found);
                return found;
            });
            for (Vote v : signed) vote(votes, v.raw(), v.weight());
            if (CaseSensitiveWords.anyIn(m.newText(), COMPANY_IN_TEXT_WORDS)) {
                Matcher t = COMPANY_IN_TEXT_STARTS.matcher(m.newText());
                for (int from = 0; COMPANY_IN_TEXT_STARTS.find(t, m.newText(), from); from = t.end()) vote(votes, t.group("c"), 2);
            }
            String viaCompany = viaCompany(m.from());
            if (viaCompany != null) vote(votes, viaCompany, 2);
        }
        for (String part : subjectParts) vote(votes, part, 1);
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            String name = e.getKey();
            String key = NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
            int score = e.getValue();
            boolean ownDomain = !domainKey.isEmpty() && (key.startsWith(domainKey) || domainKey.startsWith(key));
            if (ownDomain && client == null) score += 10;
            if (client != null && (name.startsWith(client) || client.startsWith(name))) score += 20;
            // Prefer the fuller form of the same name ("Hollis & Grey Design" over "Hollis & Grey").
            for (String other : votes.keySet()) {
                if (!other.equals(name) && name.startsWith(other)) score += votes.get(other);
            }
            // "Network Partners" is a firm, "Senior Partner" a title: a company's own domain settles it.
            if (RoleFinder.looksLikeRole(name) && !ownDomain) score -= 20;
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
    private static void signatureCompanies(String line, Set<String> senderNames, List<Vote> votes) {
        for (String segment : SEGMENT_SPLIT.split(line)) {
            String seg = segment.strip();
            if (seg.isEmpty() || PLACE.matcher(seg).matches() || DIGIT.matcher(seg).find()) continue;
            if (senderNames.containsAll(List.of(WS.split(seg.toLowerCase(Locale.ROOT))))) continue; // "Rosalind", "Jane Doe"
            if (CLOSING.matcher(seg).matches()) continue;
            int comma = seg.lastIndexOf(',');
            if (comma >= 0) {
                String after = seg.substring(comma + 1).strip();
                if (NAME_SEGMENT.matcher(after).matches() && !RoleFinder.looksLikeRole(after)) votes.add(new Vote(after, 2));
                continue;
            }
            if (NAME_SEGMENT.matcher(seg).matches() && !RoleFinder.looksLikeRole(seg)) votes.add(new Vote(seg, 3));
        }
    }

    /** A name a signature line offers, and how much it counts. */
    private record Vote(String raw, int weight) {}

    private static String viaCompany(Address from) {
        if (from == null) return null;
        Matcher m = VIA_NAME.matcher(from.name());
        if (m.find() && ContactFinder.TEAMISH.matcher(m.group("c")).find()) return ContactFinder.TEAMISH.matcher(m.group("c")).replaceAll("").strip();
        return null;
    }

    private static void vote(Map<String, Integer> votes, String raw, int weight) {
        if (raw == null) return;
        String c = TEAM_SUFFIX.matcher(END_PUNCT.matcher(raw.strip()).replaceAll("")).replaceAll("").strip();
        if (c.length() < 2 || c.length() > 60 || MARKUPISH.matcher(c).matches()) return;
        if (NOT_A_COMPANY.matcher(c).matches()) return;
        votes.merge(c, weight, Integer::sum);
    }

    private static String domainKey(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) return "";
        String[] labels = email.substring(at + 1).toLowerCase(Locale.ROOT).split("\\.");
        String key = "";
        for (int i = labels.length - 2; i >= 0; i--) {
            String l = labels[i];
            if (DOMAIN_NOISE.matcher(l).matches()) continue;
            key = l;
            break;
        }
        if (GENERIC_DOMAIN.matcher(key).matches()) return "";
        return NOT_ALNUM.matcher(key).replaceAll("");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
