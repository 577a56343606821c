package dev.hearback.infer;

import dev.hearback.mail.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role applied for, by votes: phrases in the mail ("for the Senior Product Designer role", "our
 * Head of Design opening", "interviewing you for Staff Engineer on ...") and the first subject line,
 * reported in its fullest form ({@link #fullestForm}).
 */
final class RoleFinder {
    /** The words a job title ends with or turns on ("Senior Product Designer", "Head of Design"). */
    private static final List<String> TITLE_WORDS = List.of("manager", "engineer", "analyst", "director", "designer", "developer",
            "specialist", "coordinator", "lead", "associate", "scientist", "consultant", "administrator", "officer", "representative",
            "intern", "architect", "strategist", "advisor", "adviser", "head", "vp", "president", "producer", "editor", "writer",
            "accountant", "recruiter", "planner", "technician", "nurse", "teacher", "researcher", "owner", "partner", "generalist",
            "executive", "assistant", "programmer", "marketer", "operator", "supervisor", "controller", "economist", "counsel",
            "attorney", "paralegal", "pharmacist", "therapist", "chef", "buyer", "merchandiser");
    private static final Set<String> TITLE_WORD_SET = Set.copyOf(TITLE_WORDS);
    private static final int SHORTEST_TITLE_WORD = TITLE_WORDS.stream().mapToInt(String::length).min().orElseThrow();
    private static final int LONGEST_TITLE_WORD = TITLE_WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /** A job title in running text: capitalised words ("Human Factors & UX Lead", "Head of Design"). */
    private static final String TITLE = "[A-Z][\\w&/'-]*(?: +(?:of\\s+|and\\s+|&\\s+)?[A-Z][\\w&/'-]*){0,6}?";
    /** What narrows a title down to a team: "Product Designer, Fleet Operations", "Product Designer (Payments)". */
    private static final String QUALIFIER = "(?:,\\s+[A-Z][\\w&/'-]*(?:\\s+[A-Z][\\w&/'-]*){0,3}|\\s+\\([A-Z][\\w&/' -]{0,30}\\))?";
    static final Pattern ROLE_IN_TEXT = Pattern.compile(
            "\\b(?:for|as)\\s+(?:the|a|an|our)\\s+(?<r>" + TITLE + QUALIFIER + ")\\s+(?:position|role|opening|job|opportunity|vacancy|post)\\b"
                    + "|\\b(?:the|our)\\s+(?<r2>" + TITLE + QUALIFIER + ")\\s+(?:position|role|opening|vacancy)\\b"
                    + "|\\binterview(?:ing)?\\s+(?:you\\s+)?for\\s+(?:the\\s+)?(?<r3>" + TITLE
                    + "(?:" + QUALIFIER + "(?=\\s+(?:position|role|opening|at|with)\\b))?)(?=\\s+(?:on|at|position|role|opening|with|next|this|by)\\b|[.,;:!?)]|$)");
    /** ROLE_IN_TEXT (for/as, the/our, interview) tried only at the words that can start it. */
    static final WordStarts ROLE_IN_TEXT_STARTS = new WordStarts(ROLE_IN_TEXT, "for", "as", "the", "our", "interview");
    /**
     * Precheck: ROLE_IN_TEXT is case-sensitive, so a text without any of these exact words (the words
     * after the title, position ... post, or "interview" of the third alternative) cannot match, and its
     * scan and the whitespace clean-up before it are skipped.
     */
    private static final String[] ROLE_IN_TEXT_WORDS = {"position", "role", "opening", "job", "opportunity", "vacancy", "post", "interview"};
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)\\b(?:" + String.join("|", TITLE_WORDS) + ")s?\\b");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)\\b(re|fwd?|invitation|interview\\w*|screen(ing)?|call|chat|meeting|conversation|confirm\\w*|update|schedul\\w*|application|your|we|you|i|my|is|are|was|will|would|thank\\w*|hi|hello|dear|jobs)\\b|[?!@]");
    private static final Pattern FOR_ROLE = Pattern.compile("(?i)\\b(?:for|as)\\s+(?:the\\s+|a\\s+|an\\s+)?(?<r>[A-Z][^()|:]*?)(?:\\s+(?:role|position|interview)|\\s*[(|:]|$)");
    private static final Pattern MEETING_WORDS = Pattern.compile("(?i)\\b(interview|phone screen|video call|final conversation|final interview|onsite|confirmation)\\b");
    private static final Pattern FOR_WITH = Pattern.compile("(?i)^(for|with)\\s+");
    private static final Pattern ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");
    private static final Pattern ROLE_END_PUNCT = Pattern.compile("[.,;:]+$");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\s+(role|position|opening|job|vacancy|opportunity)$");
    private static final Pattern TRAILING_AT = Pattern.compile("(?:,|\\s+at)\\s*$");

    private RoleFinder() {}

    /**
     * {@code company}: from {@link CompanyFinder}, cut from the end of a title that names it, may be
     * null; {@code subjectParts}: the first subject's, from {@link SubjectParts}.
     */
    static String of(List<Message> messages, String company, List<String> subjectParts) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Message m : messages) {
            if (!CaseSensitiveWords.anyIn(m.newText(), ROLE_IN_TEXT_WORDS)) continue;
            String text = collapseWhitespace(m.newText());
            Matcher r = ROLE_IN_TEXT_STARTS.matcher(text);
            for (int from = 0; ROLE_IN_TEXT_STARTS.find(r, text, from); from = r.end()) {
                String role = r.group("r") != null ? r.group("r") : r.group("r2") != null ? r.group("r2") : r.group("r3");
                if (role != null && looksLikeRole(role)) votes.merge(cleanRole(role, company), 3, Integer::sum);
            }
        }
        if (!messages.isEmpty()) {
            String subject = messages.get(0).subject();
            Matcher f = FOR_ROLE.matcher(subject);
            if (f.find() && looksLikeRole(f.group("r"))) votes.merge(cleanRole(f.group("r"), company), 2, Integer::sum);
            for (String part : subjectParts) {
                String p = MEETING_WORDS.matcher(part).replaceAll("").strip();
                p = FOR_WITH.matcher(p).replaceAll("").strip();
                if (company != null && p.equalsIgnoreCase(company)) continue;
                if (looksLikeRole(p)) votes.merge(cleanRole(p, company), 2, Integer::sum);
            }
        }
        return fullestForm(votes);
    }

    /**
     * Each run of whitespace (regex \s: space, tab, newline, vertical tab, form feed, carriage return)
     * as one space, like {@code replaceAll("\\s+", " ")}, without building a new string when there is nothing to change.
     */
    static String collapseWhitespace(String s) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < n && RegexClasses.space(s.charAt(i + 1)) : RegexClasses.space(c)) break;
        }
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (!RegexClasses.space(c)) {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
            while (i < n && RegexClasses.space(s.charAt(i))) i++;
        }
        return out.toString();
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
        String c = ROLE_END_PUNCT.matcher(ARTICLE.matcher(r.strip()).replaceAll("")).replaceAll("").strip();
        c = ROLE_WORD.matcher(c).replaceAll("").strip();
        if (company != null && c.endsWith(company)) c = TRAILING_AT.matcher(c.substring(0, c.length() - company.length())).replaceAll("").strip();
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

    /** Whether a phrase reads as a job title: it has a title word and none of a meeting, a greeting or a sentence. */
    static boolean looksLikeRole(String s) {
        return s != null && s.length() <= 80 && !hasMarkup(s) && mayHaveTitleWord(s) && TITLE_WORD.matcher(s).find()
                && !NOT_A_TITLE.matcher(s).find();
    }

    /** Any of "<>{}=": code or markup, not a title. */
    private static boolean hasMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '>' || c == '{' || c == '}' || c == '=') return true;
        }
        return false;
    }

    /**
     * Precheck for TITLE_WORD, looser than it: some run of ASCII letters, lowered, is a title word or
     * one with an "s". A TITLE_WORD match is such a run: its ends are word boundaries, and a character
     * \b separates from an ASCII letter is not an ASCII letter (the pattern folds ASCII case only).
     */
    private static boolean mayHaveTitleWord(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(s.charAt(i))) i++;
            if (i - start < SHORTEST_TITLE_WORD || i - start > LONGEST_TITLE_WORD + 1) continue; // no title word, even with an "s"
            String word = s.substring(start, i).toLowerCase(Locale.ROOT);
            if (TITLE_WORD_SET.contains(word) || word.endsWith("s") && TITLE_WORD_SET.contains(word.substring(0, word.length() - 1))) return true;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
