package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each WordStarts must find exactly the matches (and groups) its pattern's {@code find()} finds. */
class WordStartsTest {
    private static final String[] PIECES = {
        "interview", "Interviewing", "interviewer", "kit", "scorecard", "feedback", "form", "submit", "your", "you'll", "you're",
        "will", "be", "the", "candidate", "Candidate:", "candidate's", "resume", "résumé", "cv", "please", "on", "panel", "for",
        "hiring", "manager", "this", "req", "with", "Ana", "Lopez", "(candidate)", "could", "can", "would", "help", "us", "me",
        "board", "member", "each", "position", "role", "candidacy", "application", "applying", "applied", "recruiter", "job",
        "opportunity", "offer", "phone", "screen", "talent", "acquisition", "HR", "hr", "as", "a", "an", "our", "Senior", "Product",
        "Designer", "Head", "of", "Design", "Payments", "opening", "vacancy", "post", "at", "by", "next", "interest", "in", "team",
        "joining", "join", "welcome", "to", "here", "behalf", "client", "Acme", "Hollis", "&", "Grey",
        " ", " ", " ", " ", ",", ".", ":", "(", ")", "-", "_", "x", "é", "\u0301", "\n", "1",
        // whole phrases, so that the long alternatives match too
        "board member on each interview", "staff member for the interview", "could you please interview Luis",
        "on the interview panel for", "hiring manager for this req", "your interview with Ana Lopez (candidate)",
        "feedback form", "submit your feedback", "you'll be interviewing", "candidate's packet", "interviewer guide",
        "for the Senior Product Designer role", "as a Designer position", "our Head of Design opening",
        "interviewing you for the Product Designer position", "interview for Staff Engineer on",
        "applying to Acme", "application with Hollis & Grey", "interest in Acme", "team at Acme", "welcome to Acme",
        "here at Acme", "opportunity with Acme", "on behalf of Acme", "client, Acme", "phone screen", "talent acquisition",
        // SCHEDULING's words and phrases
        "screening", "call", "chat", "conversation", "meeting", "speak", "talk", "video", "zoom", "Teams", "webex", "hangout",
        "onsite", "on-site", "in-person", "in person", "come in", "stop by", "visit", "round", "session", "see you", "works",
        "work for me", "confirmed", "available", "availability", "slots", "scheduling", "be there", "it is", "suits", "booked",
        "invite", "join us", "appointment", "rescheduled", "move", "push", "instead", "then", "have you down", "pencilled",
        "set for", "lined up", "expecting you", "When:", "Date & time:", "start time :", "Starts:", "when", "date", "time"
    };

    @Test
    void findsWhatFindFinds() {
        check(ThreadKind.INTERVIEWER, ThreadKind.INTERVIEWER_STARTS);
        check(ThreadKind.HIRING, ThreadKind.HIRING_STARTS);
        check(RoleFinder.ROLE_IN_TEXT, RoleFinder.ROLE_IN_TEXT_STARTS);
        check(CompanyFinder.COMPANY_IN_TEXT, CompanyFinder.COMPANY_IN_TEXT_STARTS);
        check(InterviewFinder.SCHEDULING, InterviewFinder.SCHEDULING_STARTS);
    }

    private static void check(Pattern pattern, WordStarts starts) {
        Random random = new Random(20261122);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(16);
            for (int i = 0; i < parts; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
            String s = b.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(s);
            while (m.find()) expected.add(describe(m));
            List<String> actual = new ArrayList<>();
            Matcher w = starts.matcher(s);
            for (int from = 0; starts.find(w, s, from); from = w.end()) actual.add(describe(w));
            assertEquals(expected, actual, s);
            assertEquals(!expected.isEmpty(), starts.in(s), s);
        }
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.start(g)).append(',').append(m.end(g));
        return b.toString();
    }
}
