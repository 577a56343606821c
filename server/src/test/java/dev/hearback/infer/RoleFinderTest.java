package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RoleFinder's shortcuts must give exactly what the regex forms they replace give. */
class RoleFinderTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] PIECES = {
        "Senior", "Product", "Designer", "designers", "Managers", "manager", "Head", "of", "Design", "VP", "vps", "leads", "Lead",
        "Interview", "interviewing", "Re:", "your", "Partner", "partnership", "Engineering", "engineer_", "_engineer", "2engineer",
        "Kengineer", "\u212Aengineer", "éditor", "editor", "é", "\u0301", "x", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0",
        ",", "(", ")", "&", "-", "/", "'", "?", "@", "<", "="
    };

    @Test
    void collapsingWhitespaceIsReplaceAllOfRuns() {
        Random random = new Random(20261122);
        for (int n = 0; n < 20_000; n++) {
            String s = randomText(random);
            assertEquals(SPACES.matcher(s).replaceAll(" "), RoleFinder.collapseWhitespace(s), s);
        }
        String tidy = "Senior Product Designer role";
        assertSame(tidy, RoleFinder.collapseWhitespace(tidy), "nothing to change: the same string, no copy");
    }

    @Test
    void looksLikeRoleAgreesWithTheTitlePatterns() {
        Pattern titleWord = Pattern.compile("(?i)\\b(?:manager|engineer|analyst|director|designer|developer|specialist|coordinator|lead|"
                + "associate|scientist|consultant|administrator|officer|representative|intern|architect|strategist|advisor|adviser|head|vp|"
                + "president|producer|editor|writer|accountant|recruiter|planner|technician|nurse|teacher|researcher|owner|partner|"
                + "generalist|executive|assistant|programmer|marketer|operator|supervisor|controller|economist|counsel|attorney|paralegal|"
                + "pharmacist|therapist|chef|buyer|merchandiser)s?\\b");
        Pattern markup = Pattern.compile("[<>{}=]");
        Pattern notATitle = Pattern.compile("(?i)\\b(re|fwd?|invitation|interview\\w*|screen(ing)?|call|chat|meeting|conversation|confirm\\w*|"
                + "update|schedul\\w*|application|your|we|you|i|my|is|are|was|will|would|thank\\w*|hi|hello|dear|jobs)\\b|[?!@]");
        Random random = new Random(7);
        int roles = 0;
        for (int n = 0; n < 20_000; n++) {
            String s = randomText(random);
            boolean expected = s.length() <= 80 && !markup.matcher(s).find() && titleWord.matcher(s).find() && !notATitle.matcher(s).find();
            assertEquals(expected, RoleFinder.looksLikeRole(s), s);
            if (expected) roles++;
        }
        assertTrue(roles > 1_000, "the random phrases include titles: " + roles);
        assertTrue(RoleFinder.looksLikeRole("Senior Product Designer"));
        assertFalse(RoleFinder.looksLikeRole("Interview with the Design team"));
        assertFalse(RoleFinder.looksLikeRole("Kengineer"), "a title word inside another word is not one");
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(10);
        for (int i = 0; i < parts; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
        return b.toString();
    }
}
