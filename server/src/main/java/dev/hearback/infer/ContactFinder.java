package dev.hearback.infer;

import dev.hearback.mail.Address;
import dev.hearback.mail.Message;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The person to write to: who last wrote for the employer. Mail sent through an applicant-tracking
 * system ("Jane Doe via Greenhouse" from a no-reply address) names the person in its display name and
 * the address in Reply-To; a team's name ("Acme Recruiting") gives way to the name the message is signed with.
 */
final class ContactFinder {
    private static final Pattern VIA = Pattern.compile("\\s*(\\(via\\s+[^)]*\\)|\\bvia\\s+.+|\\bat\\s+[A-Z].*|\\|.*)$", Pattern.CASE_INSENSITIVE);
    /** A name that stands for a team or a system, not a person (also used to find a company in "Acme Talent Team via ..."). */
    static final Pattern TEAMISH = Pattern.compile("\\b(team|talent|recruiting|careers|hiring|jobs|hr|people|notifications?|calendar)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWLINE = Pattern.compile("\\n");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[,.!]+$");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)(best|best regards|regards|thanks|thank you|cheers|sincerely|kind regards|warm regards|warmly|all the best|many thanks)");
    private static final Pattern PERSON_NAME = Pattern.compile("[A-Z][a-zA-Z'’-]+(\\s+[A-Z][a-zA-Z'’.-]+){0,2}");

    private ContactFinder() {}

    /** {@code theirs}: the employer's messages, oldest first; null when none has a sender. */
    static Address of(List<Message> theirs) {
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
        for (String line : NEWLINE.split(m.signature())) {
            String l = TRAILING_PUNCT.matcher(line.strip()).replaceAll("");
            if (SIGN_OFF.matcher(l).matches()) continue;
            if (PERSON_NAME.matcher(l).matches() && !TEAMISH.matcher(l).find()) return l;
            if (!l.isEmpty()) break;
        }
        return null;
    }
}
