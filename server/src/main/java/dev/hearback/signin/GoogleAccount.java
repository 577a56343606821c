package dev.hearback.signin;

/** Who signed in, from the ID token Google returned with the code, and the offline grant if any. */
public record GoogleAccount(String subject, String email, String refreshToken) {
    @Override
    public String toString() {
        return "GoogleAccount[subject=" + subject + ", email=" + email + "]";
    }
}
