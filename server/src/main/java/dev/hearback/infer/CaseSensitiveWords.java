package dev.hearback.infer;

/**
 * Precheck for a case-sensitive pattern: whether a text contains any of the literals that every match
 * of the pattern contains. Without one the pattern cannot match, so its scan can be skipped.
 * (For the case-insensitive phrase rules see {@link Keywords}.)
 */
final class CaseSensitiveWords {
    private CaseSensitiveWords() {}

    static boolean anyIn(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) return true;
        }
        return false;
    }
}
