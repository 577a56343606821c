package dev.hearback.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A subject line cut into the names it strings together ("Interview: Product Designer - Acme (Remote)"
 * gives "Interview", "Product Designer", "Acme", "Remote"): both the company and the role are voted from them.
 */
final class SubjectParts {
    private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*((re|fwd?|invitation|updated invitation)\\s*:\\s*)+");
    private static final Pattern SPLIT = Pattern.compile("\\s+(?:-|–|—|\\||//|/|:|@)\\s+|:\\s+|\\s+at\\s+|\\s*\\(|\\)\\s*");

    private SubjectParts() {}

    static List<String> of(String subject) {
        String s = PREFIX.matcher(subject).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String p : SPLIT.split(s)) {
            String t = p.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
