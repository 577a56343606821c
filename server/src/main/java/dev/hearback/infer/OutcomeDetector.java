package dev.hearback.infer;

import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises offers and rejections in their messages, acceptances and withdrawals in the user's. */
public final class OutcomeDetector {
    static final Pattern OFFER = Pattern.compile(
            "\\b((pleased|happy|delighted|thrilled|excited|glad)\\s+to\\s+(formally\\s+)?(extend|offer|make)\\s+(you\\s+)?(an?\\s+|the\\s+)?(formal\\s+|verbal\\s+|written\\s+)?(offer|position|role|job)"
                    + "|would\\s+(like|love)\\s+to\\s+(formally\\s+)?offer\\s+you|offer\\s+you\\s+the\\s+([\\w,&'-]+\\s+){0,8}?(position|role|job)"
                    + "|extend(ing)?\\s+(you\\s+)?an?\\s+(formal\\s+|verbal\\s+|written\\s+)?offer|(attached|enclosed)\\s+is\\s+your\\s+offer"
                    + "|your\\s+offer\\s+letter|an\\s+offer\\s+of\\s+employment"
                    + "|(want|like|love)\\s+to\\s+make\\s+you\\s+an?\\s+(formal\\s+|verbal\\s+|written\\s+)?offer)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern REJECTION = Pattern.compile(
            "\\b((decided|chosen|elected|opted)\\s+to\\s+(move|go|proceed|continue|progress)\\s+(forward\\s+|ahead\\s+)?with\\s+(other|another|a\\s+different|different)\\s+(candidates?|applicants?|profiles?)"
                    + "|(decided|chosen)\\s+to\\s+pursue\\s+(other|another)\\s+candidates?"
                    + "|(not|won't|will\\s+not)\\s+be\\s+(moving|going|taking\\s+your\\s+application)\\s+(forward|further)"
                    + "|(decided|chosen)\\s+not\\s+to\\s+(move|proceed|progress|go)\\s+(forward|further|ahead)?"
                    + "|(will\\s+not|won't)\\s+be\\s+(progressing|proceeding|advancing)"
                    + "|(position|role|vacancy)\\s+has\\s+(now\\s+)?been\\s+filled|regret\\s+to\\s+inform|not\\s+(been\\s+)?selected"
                    + "|unable\\s+to\\s+offer\\s+you|not\\s+(be\\s+)?(able\\s+to\\s+)?offer(ing)?\\s+you|were\\s+unsuccessful|application\\s+was\\s+unsuccessful"
                    + "|decided\\s+to\\s+go\\s+(in\\s+)?(with\\s+)?(a\\s+different|another)\\s+(direction|candidate)|closer\\s+match\\s+for\\s+(this|the)\\s+(position|role)"
                    // "we're moving forward with other candidates", "we've offered the role to another candidate",
                    // "we will not be extending an offer", "we're going with someone else"
                    + "|(moving|move|going|go)\\s+(forward|ahead)\\s+with\\s+(other|another|a\\s+different|different)\\s+(candidates?|applicants?|finalists?)"
                    + "|offer(ed)?\\s+the\\s+(role|position|job)\\s+to\\s+(another|a\\s+different|an?\\s+internal|someone\\s+else)"
                    + "|not\\s+(be\\s+)?extend(ing)?\\s+(you\\s+)?an?\\s+offer"
                    + "|(go|going|gone|went)\\s+with\\s+(someone\\s+else|another\\s+(candidate|applicant)|an\\s+internal\\s+candidate))",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ACCEPTANCE = Pattern.compile(
            "\\b((happy|pleased|delighted|thrilled|excited|glad)\\s+to\\s+(formally\\s+)?accept|i\\s+(would\\s+like\\s+to\\s+|'d\\s+like\\s+to\\s+)?(formally\\s+)?accept\\s+(the|your)\\s+(offer|position|role)"
                    + "|i\\s+accept\\b|accepting\\s+(the|your)\\s+offer|attached\\s+(is\\s+)?(the\\s+)?signed\\s+offer|signed\\s+(the\\s+)?offer\\s+letter"
                    // "I'm writing to accept your offer", "I'd love to accept", "please take this as my formal acceptance"
                    + "|writing\\s+to\\s+(formally\\s+)?accept|i('d|\\s+would)\\s+(love|be\\s+(happy|glad|delighted|thrilled))\\s+to\\s+accept|my\\s+(formal\\s+)?acceptance\\s+of)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern WITHDRAWAL = Pattern.compile(
            "\\b(withdraw(ing)?\\s+(my|myself|from)|withdraw\\s+my\\s+(application|candidacy|name)|remove\\s+(me|my\\s+(application|name))\\s+from\\s+(consideration|the\\s+process)"
                    + "|(accepted|decided\\s+to\\s+accept)\\s+(an|another)\\s+(offer|position|role)|no\\s+longer\\s+(interested|available|pursuing|looking)"
                    + "|declin(e|ing)\\s+(the|your)\\s+(offer|position)|(step|stepping)\\s+(back|away)\\s+from\\s+the\\s+process"
                    // "please take me out of the running", "I need to pull out of the process"
                    + "|(take|remove)\\s+(me|my\\s+name|myself)\\s+out\\s+of\\s+(the\\s+running|consideration)|pull(ing)?\\s+(out\\s+of\\s+the\\s+process|my\\s+(application|name|candidacy)))",
            Pattern.CASE_INSENSITIVE);

    // Keyword prechecks (Keywords): every alternative of each pattern above contains one of these.
    /** Each alternative ends in, or contains, offer/position/role/job. */
    private static final Keywords OFFER_WORDS = Keywords.of("offer", "position", "role", "job");
    /**
     * By alternative: other candidates/applicants/profiles/finalists, someone else; decided/chosen (to pursue, not to,
     * to go); forward/further; progressing/proceeding/advancing; filled; regret; selected; unable; offer and extend
     * (which needs "offer"); unsuccessful; closer match.
     */
    private static final Keywords REJECTION_WORDS = Keywords.of("candidate", "applicant", "profile", "finalist", "someone",
            "decided", "chosen", "forward", "further", "progress", "proceed", "advanc", "filled", "regret", "selected",
            "unable", "offer", "unsuccessful", "closer");
    /** accept/accepting/acceptance, or a signed offer. */
    private static final Keywords ACCEPTANCE_WORDS = Keywords.of("accept", "signed");
    /** withdraw, remove, accepted, no longer, declin-, step back/away, take ... out of, pull. */
    private static final Keywords WITHDRAWAL_WORDS = Keywords.of("withdraw", "remove", "accept", "longer", "declin", "step", "out", "pull");

    // Each pattern tried only at the words its alternatives begin with (WordStarts).
    static final WordStarts OFFER_STARTS = new WordStarts(OFFER, "pleased", "happy", "delighted", "thrilled", "excited", "glad",
            "would", "offer", "extend", "attached", "enclosed", "your", "an ", "want", "like", "love");
    static final WordStarts REJECTION_STARTS = new WordStarts(REJECTION, "decided", "chosen", "elected", "opted", "not", "won",
            "will", "position", "role", "vacancy", "regret", "unable", "were", "application", "closer", "mov", "go", "went", "offer");
    static final WordStarts ACCEPTANCE_STARTS = new WordStarts(ACCEPTANCE, "happy", "pleased", "delighted", "thrilled", "excited", "glad",
            "i ", "i'", "accepting", "attached", "signed", "writing", "my");
    static final WordStarts WITHDRAWAL_STARTS = new WordStarts(WITHDRAWAL, "withdraw", "remove", "accepted", "decided", "no ", "declin",
            "step", "take", "pull");

    private OutcomeDetector() {}

    public static Optional<Outcome.Kind> theirs(String sentence) {
        return theirs(sentence, Keywords.lower(sentence));
    }

    /** {@code lowered}: the sentence from {@link Keywords#lower}, worked out once by the caller. */
    static Optional<Outcome.Kind> theirs(String sentence, String lowered) {
        if (REJECTION_WORDS.mayMatch(lowered) && REJECTION_STARTS.in(sentence)) return Optional.of(Outcome.Kind.REJECTION);
        if (OFFER_WORDS.mayMatch(lowered) && OFFER_STARTS.in(sentence)) return Optional.of(Outcome.Kind.OFFER);
        return Optional.empty();
    }

    public static Optional<Outcome.Kind> yours(String sentence) {
        return yours(sentence, Keywords.lower(sentence));
    }

    static Optional<Outcome.Kind> yours(String sentence, String lowered) {
        if (WITHDRAWAL_WORDS.mayMatch(lowered) && WITHDRAWAL_STARTS.in(sentence)) return Optional.of(Outcome.Kind.WITHDRAWAL);
        if (ACCEPTANCE_WORDS.mayMatch(lowered) && ACCEPTANCE_STARTS.in(sentence)) return Optional.of(Outcome.Kind.ACCEPTANCE);
        return Optional.empty();
    }
}
