package dev.hearback.compose;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the advice warns against never reaches a draft (policy.md): more than 120 words in the body,
 * ultimatums or pressure, complaints about the wait, more than one question, grand gestures.
 */
public final class Guardrails {
    public static final int MAX_WORDS = 120;
    private static final Pattern PRESSURE = Pattern.compile(
            "(?i)\\b(other offers?|competing offer|need (an answer|to know) by|deadline for you|final chance|or else|must hear|expect (an answer|a reply))\\b");
    private static final Pattern COMPLAINT = Pattern.compile(
            "(?i)\\b(still waiting|haven't heard anything|no one has (replied|responded)|disappointed|frustrat\\w*|ignored|it has been (weeks|ages)|unprofessional)\\b");
    private static final Pattern GESTURE = Pattern.compile("(?i)\\b(flowers|gift|cheesecake|cookies|basket)\\b");

    /*
     * Keyword prechecks: every match of each pattern contains one of its words (the patterns fold ASCII
     * case only, and toLowerCase(Locale.ROOT) folds at least that), so a draft without any of them
     * cannot match and the pattern is not run. The result is the same; the drafts are checked for
     * every planned thread, so the three scans showed in the engine's profile.
     */
    private static final String[] PRESSURE_WORDS = {"offer", "need", "deadline", "final", "or else", "must", "expect"};
    private static final String[] COMPLAINT_WORDS = {"still waiting", "haven't", "no one", "disappointed", "frustrat", "ignored",
            "it has been", "unprofessional"};
    private static final String[] GESTURE_WORDS = {"flowers", "gift", "cheesecake", "cookies", "basket"};

    private Guardrails() {}

    private static boolean mayMatch(String lowered, String[] words) {
        for (String w : words) {
            if (lowered.contains(w)) return true;
        }
        return false;
    }

    public static void check(String draft) {
        String body = bodyOf(draft);
        int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
        if (words > MAX_WORDS) throw new IllegalStateException("draft body has " + words + " words, more than " + MAX_WORDS);
        long questions = draft.chars().filter(c -> c == '?').count();
        if (questions > 1) throw new IllegalStateException("draft asks " + questions + " questions");
        String lowered = draft.toLowerCase(Locale.ROOT);
        if (mayMatch(lowered, PRESSURE_WORDS) && PRESSURE.matcher(draft).find()) throw new IllegalStateException("draft pressures the reader");
        if (mayMatch(lowered, COMPLAINT_WORDS) && COMPLAINT.matcher(draft).find()) throw new IllegalStateException("draft complains about the wait");
        if (mayMatch(lowered, GESTURE_WORDS) && GESTURE.matcher(draft).find()) throw new IllegalStateException("draft makes a grand gesture");
    }

    /** The body: between the greeting line and the sign-off. */
    static String bodyOf(String draft) {
        String[] parts = draft.split("\\n\\n");
        if (parts.length < 3) return draft;
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < parts.length - 1; i++) b.append(parts[i]).append('\n');
        return b.toString();
    }
}
