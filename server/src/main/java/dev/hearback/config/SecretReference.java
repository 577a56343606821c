package dev.hearback.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An environment value that names a Secret Manager secret version instead of holding the secret.
 * App Engine standard cannot inject secrets into the environment, so app.yaml carries these and
 * {@link Environment#resolve} swaps them for the secret's value at startup.
 *
 * <ul>
 *   <li>{@code sm://projects/PROJECT/secrets/NAME/versions/VERSION}</li>
 *   <li>{@code sm://projects/PROJECT/secrets/NAME}: the latest version</li>
 *   <li>{@code sm://NAME}: this project ({@code GOOGLE_CLOUD_PROJECT}), the latest version</li>
 * </ul>
 *
 * @param project project id (or number)
 * @param secret  secret id
 * @param version {@code latest} or a version number
 */
public record SecretReference(String project, String secret, String version) {
    public static final String PREFIX = "sm://";

    private static final String PROJECT = "[A-Za-z0-9][A-Za-z0-9.:-]{0,62}";
    private static final String SECRET = "[A-Za-z0-9_-]{1,255}";
    private static final String VERSION = "latest|[1-9][0-9]{0,18}";
    private static final Pattern FULL = Pattern.compile(
            "projects/(" + PROJECT + ")/secrets/(" + SECRET + ")(?:/versions/(" + VERSION + "))?");
    private static final Pattern SHORT = Pattern.compile("(" + SECRET + ")");

    public SecretReference {
        if (project == null || !project.matches(PROJECT)) throw new IllegalArgumentException("bad project id: " + project);
        if (secret == null || !secret.matches(SECRET)) throw new IllegalArgumentException("bad secret id: " + secret);
        if (version == null || !version.matches(VERSION)) throw new IllegalArgumentException("bad secret version: " + version);
    }

    /** Whether a value is meant as a reference (and must then parse, rather than be used as is). */
    public static boolean isReference(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /**
     * Parses a reference; empty for a value that is not one.
     *
     * @param defaultProject the project for {@code sm://NAME}, or null when unknown
     * @throws IllegalArgumentException for a malformed reference, or {@code sm://NAME} with no project
     */
    public static Optional<SecretReference> parse(String value, String defaultProject) {
        if (!isReference(value)) return Optional.empty();
        String rest = value.substring(PREFIX.length()).strip();
        Matcher full = FULL.matcher(rest);
        if (full.matches()) {
            return Optional.of(new SecretReference(full.group(1), full.group(2), full.group(3) == null ? "latest" : full.group(3)));
        }
        if (SHORT.matcher(rest).matches()) {
            if (defaultProject == null || defaultProject.isBlank()) {
                throw new IllegalArgumentException("'" + value + "' names no project and " + Environment.ENV_PROJECT
                        + " is not set: write sm://projects/PROJECT/secrets/" + rest + "/versions/latest");
            }
            return Optional.of(new SecretReference(defaultProject.strip(), rest, "latest"));
        }
        throw new IllegalArgumentException("'" + value + "' is not a secret reference: write sm://NAME or "
                + "sm://projects/PROJECT/secrets/NAME/versions/VERSION");
    }

    /** {@code projects/P/secrets/S/versions/V}, Secret Manager's resource name. */
    public String resourceName() {
        return "projects/" + project + "/secrets/" + secret + "/versions/" + version;
    }

    @Override
    public String toString() {
        return resourceName();
    }
}
