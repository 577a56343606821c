package dev.hearback.gmail;

/**
 * The Gmail search that picks candidate threads: recent mail that mentions an interview process,
 * or carries a calendar invitation, outside the Promotions and Social tabs. It is deliberately
 * wide: the engine decides what is an interview thread; the query only keeps newsletters and the
 * rest of the mailbox from being downloaded. Gmail matches a thread when any message matches.
 */
public final class GmailQuery {
    private GmailQuery() {}

    public static final String DEFAULT = interviews(120);

    public static String interviews(int newerThanDays) {
        return "newer_than:" + newerThanDays + "d"
                + " (interview OR interviews OR interviewing OR \"phone screen\" OR recruiter OR recruiting"
                + " OR \"hiring manager\" OR offer OR candidacy OR application OR \"next steps\""
                + " OR \"thank you for\" OR filename:ics)"
                + " -category:promotions -category:social";
    }
}
