package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each WordStarts must find exactly the matches (and groups) its pattern's {@code find()} finds.
 * Random texts are strung together from separators, near-misses and one example of every alternative
 * of the pattern (and the single words of those examples), so that a first word missing from the
 * prefixes, or a start test stricter than \b, shows as a difference.
 */
class WordStartsTest {
    /** Separators, word characters that stop \b, look-alikes in other cases and scripts. */
    private static final String[] FILLER = {
        " ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", ",", ".", ":", "(", ")", "-", "_", "'", "x", "é", "\u0301",
        "1", "12", "K", "\u212A", "İ", "ı", "the", "on", "one", "only", "in", "it", "its", "be", "being", "a", "an", "any", "and", "i", "I",
        "I'm", "no", "not", "now", "go", "got", "can", "cannot", "let", "lets", "your", "you"
    };

    @Test
    void threadKindPatterns() {
        check(ThreadKind.INTERVIEWER, ThreadKind.INTERVIEWER_STARTS,
                "scorecard", "interview kit", "feedback form", "submit your feedback", "you'll be interviewing", "you will be interviewing",
                "you're interviewing", "interview the candidate", "please interview", "on the interview panel for", "on the panel for",
                "candidate's resume", "candidate packet", "Candidate: ", "interviewer guide", "hiring manager for this req",
                "your interview with Ana Lopez (candidate)", "could you please interview Luis", "can you interview Ana", "would you help us interview Bo",
                "could you interview me", "board member on each interview", "staff member for the interview", "panel member for every interview");
        check(ThreadKind.HIRING, ThreadKind.HIRING_STARTS,
                "interview", "Interviewing", "position", "role", "candidacy", "candidacies", "candidate", "application", "applying", "applied",
                "recruiter", "hiring", "job", "opportunity", "resume", "résumé", "RÉSUMÉ", "cv", "offer", "phone screen", "talent acquisition", "HR", "hr");
        check(ThreadKind.JOB_ALERT, ThreadKind.JOB_ALERT_STARTS,
                "job alert", "new jobs", "new job", "jobs near", "job for you", "jobs matching", "jobs you may", "recommended jobs", "apply now",
                "12 new design jobs", "3 new senior product jobs", "7new x jobs", "easy apply", "jobs digest", "new\tjobs");
    }

    @Test
    void employerPatterns() {
        check(RoleFinder.ROLE_IN_TEXT, RoleFinder.ROLE_IN_TEXT_STARTS,
                "for the Senior Product Designer role", "as a Designer position", "as an Engineer job", "for our Lead opportunity",
                "our Head of Design opening", "the Product Designer, Payments vacancy", "the Analyst (Risk) position",
                "interviewing you for the Product Designer position", "interview for Staff Engineer on", "interview you for Lead.",
                "Senior", "Product", "Designer", "Head", "of", "Design", "role", "position", "opening", "post", "at", "by", "next", "with");
        check(CompanyFinder.COMPANY_IN_TEXT, CompanyFinder.COMPANY_IN_TEXT_STARTS,
                "applying to Acme", "applying with Acme", "application with Hollis & Grey", "application at Acme", "interest in Acme",
                "position with Acme", "position at Acme", "role at Acme", "role with Acme", "team at Acme", "joining Acme", "join Acme",
                "welcome to Acme", "here at Acme", "opportunity with Acme", "opportunity at Acme", "on behalf of Acme", "client, Acme",
                "client Acme", "Acme", "Hollis", "&", "Grey");
    }

    @Test
    void interviewPatterns() {
        check(InterviewFinder.SCHEDULING, InterviewFinder.SCHEDULING_STARTS,
                "interview", "screening", "screen", "call", "chat", "conversation", "meeting", "meet", "speak", "talk", "video", "zoom", "Teams",
                "webex", "hangout", "onsite", "on-site", "in-person", "in person", "come in", "come by", "come to", "stop by", "visit", "panel",
                "round", "session", "see you", "works", "work", "work for me", "confirmed", "available", "availability", "slot", "slots",
                "scheduling", "be there", "it is", "suits", "suit", "book", "booked", "invite", "join us", "appointment", "rescheduled", "move",
                "push", "instead", "then", "have you down", "have you pencilled", "pencilled", "penciled", "set for", "lined up",
                "expecting you", "expect you", "When:", "Date & time:", "date and time :", "start time :", "Starts:", "time:");
        check(InterviewFinder.AFTER_THE_FACT, InterviewFinder.AFTER_THE_FACT_STARTS,
                "thanks for coming in", "thank you for stopping by", "thank you and the team for today", "thanks again for making time",
                "thank you so much for your time", "thank you for Monday's conversation", "thanks for the great chat", "thank you for having me",
                "great speaking", "good to meet", "nice chatting", "lovely to see", "wonderful talking", "a pleasure meeting", "fantastic to connect",
                "appreciate you taking the time", "appreciated taking the time", "enjoyed our", "enjoyed learning", "it was great to meet",
                "it was a pleasure speaking", "it was lovely chatting");
    }

    @Test
    void outcomePatterns() {
        check(OutcomeDetector.OFFER, OutcomeDetector.OFFER_STARTS,
                "pleased to extend you an offer", "happy to offer you the position", "delighted to make you a formal offer", "thrilled to offer the role",
                "excited to formally extend an offer", "glad to offer you a job", "would like to offer you", "would love to formally offer you",
                "offer you the Senior Designer position", "extending you a written offer", "extend an offer", "attached is your offer",
                "enclosed is your offer", "your offer letter", "an offer of employment", "want to make you an offer", "like to make you a verbal offer",
                "love to make you an offer");
        check(OutcomeDetector.REJECTION, OutcomeDetector.REJECTION_STARTS,
                "decided to move forward with other candidates", "chosen to proceed with another applicant", "elected to go ahead with different profiles",
                "opted to continue with a different candidate", "decided to pursue other candidates", "not be moving forward",
                "won't be taking your application further", "will not be going forward", "decided not to move forward", "chosen not to proceed",
                "will not be progressing", "won't be advancing", "position has now been filled", "role has been filled", "vacancy has been filled",
                "regret to inform", "not selected", "not been selected", "unable to offer you", "not be able to offer you", "not offering you",
                "were unsuccessful", "application was unsuccessful", "decided to go in a different direction", "decided to go with another candidate",
                "closer match for this position", "moving forward with other candidates", "move ahead with another applicant",
                "going forward with different finalists", "go forward with other candidates", "offered the role to another candidate",
                "offer the position to someone else", "not be extending an offer", "not extend you an offer", "go with someone else",
                "going with another candidate", "gone with an internal candidate", "went with someone else");
        check(OutcomeDetector.ACCEPTANCE, OutcomeDetector.ACCEPTANCE_STARTS,
                "happy to accept", "pleased to formally accept", "delighted to accept", "thrilled to accept", "excited to accept", "glad to accept",
                "I accept the offer", "I would like to accept your offer", "i 'd like to accept the role", "I formally accept the position",
                "I accept", "accepting the offer", "accepting your offer", "attached is the signed offer", "attached signed offer",
                "signed the offer letter", "signed offer letter", "writing to accept", "writing to formally accept", "I'd love to accept",
                "I would be happy to accept", "I'd be thrilled to accept", "my acceptance of", "my formal acceptance of");
        check(OutcomeDetector.WITHDRAWAL, OutcomeDetector.WITHDRAWAL_STARTS,
                "withdraw my application", "withdrawing myself", "withdraw from", "withdraw my candidacy", "remove me from consideration",
                "remove my name from the process", "accepted another offer", "decided to accept an offer", "accepted an position",
                "no longer interested", "no longer available", "no longer pursuing", "no longer looking", "decline the offer", "declining your position",
                "step back from the process", "stepping away from the process", "take me out of the running", "remove myself out of consideration",
                "take my name out of consideration", "pull out of the process", "pulling my application", "pull my name");
    }

    @Test
    void deadlinePatterns() {
        check(DeadlineFinder.HEAR_BACK, DeadlineFinder.HEAR_BACK_STARTS,
                "get back to", "getting back to", "hear back", "hearing from us", "hear from the team", "hear from me", "be in touch", "be in contact",
                "reach out", "reaching out", "let you know", "update you", "an update", "a update", "any update", "further update", "news",
                "newsletter", "decision", "decide", "next steps", "follow up with you", "circle back", "come back to you", "touch base", "outcome",
                "contact you", "finalise", "finalize", "wrap up", "feedback to you", "feedback for you", "respond to you", "an answer",
                "share feedback", "share our news", "share some feedback", "share an update", "share a decision", "share next steps");
        check(DeadlineFinder.REQUEST, DeadlineFinder.REQUEST_STARTS,
                "please send", "please reply", "please respond", "please confirm", "please complete", "please submit", "please return",
                "please share", "please let me know", "please let us know", "could you", "can you", "would you", "kindly", "let me know",
                "let us know", "your availability");
    }

    private static void check(Pattern pattern, WordStarts starts, String... examples) {
        List<String> pieces = new ArrayList<>(Arrays.asList(FILLER));
        for (String e : examples) {
            pieces.add(e);
            pieces.add(e.toUpperCase(java.util.Locale.ROOT));
            pieces.addAll(Arrays.asList(e.split(" ")));
        }
        for (String e : examples) {
            assertTrue(pattern.matcher(e).find() == starts.in(e), "example: " + e);
        }
        Random random = new Random(20261122);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(16);
            for (int i = 0; i < parts; i++) b.append(pieces.get(random.nextInt(pieces.size())));
            String s = b.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(s);
            while (m.find()) expected.add(describe(m));
            List<String> actual = new ArrayList<>();
            Matcher w = starts.matcher(s);
            for (int from = 0; starts.find(w, s, from); from = w.end()) actual.add(describe(w));
            assertEquals(expected, actual, s);
            assertEquals(!expected.isEmpty(), starts.in(s), s);
            if (!expected.isEmpty()) matched++;
        }
        assertTrue(matched > 500, pattern + ": the random texts match it often enough to test it: " + matched);
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.start(g)).append(',').append(m.end(g));
        return b.toString();
    }
}
