package dev.hearback.mail;

/** A short, single-line excerpt of untrusted text for an error message. */
final class Snippet {
    private Snippet() {}

    static String of(String s, int max) {
        String one = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
