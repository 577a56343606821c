package dev.hearback.config;

import com.google.auth.Credentials;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's environment with Secret Manager references ({@link SecretReference}) replaced by the
 * secrets' values. Call once at startup and hand the result to every {@code fromEnv}:
 *
 * <pre>{@code
 * Map<String, String> env = Environment.resolve(System.getenv());
 * DatabaseConfig db = DatabaseConfig.fromEnv(env);
 * }</pre>
 *
 * <p>With no reference in the environment nothing is contacted and no credentials are needed (a
 * laptop, the tests). Otherwise Google application default credentials are used (on App Engine,
 * the app's service account). Any failure stops startup with a {@link SecretResolutionException}
 * naming the variable and the secret, never a value.
 */
public final class Environment {
    /** The project for {@code sm://NAME}; App Engine sets it. */
    public static final String ENV_PROJECT = "GOOGLE_CLOUD_PROJECT";
    /** Secret Manager's API root (tests point it at a local server). */
    public static final String ENV_ROOT_URL = "SECRET_MANAGER_ROOT_URL";

    private static final Logger log = LoggerFactory.getLogger(Environment.class);

    /** Where credentials come from; only asked when there is a reference to resolve. */
    @FunctionalInterface
    public interface CredentialsSource {
        Credentials get() throws IOException;
    }

    private Environment() {
    }

    /** {@link #resolve(Map, CredentialsSource)} with Google application default credentials. */
    public static Map<String, String> resolve(Map<String, String> env) {
        return resolve(env, () -> GoogleCredentials.getApplicationDefault().createScoped(SecretManagerClient.CLOUD_PLATFORM_SCOPE));
    }

    /**
     * A copy of {@code env} (unmodifiable, same order) where every {@code sm://} value is the
     * secret's value. Each distinct secret version is read once.
     */
    public static Map<String, String> resolve(Map<String, String> env, CredentialsSource credentials) {
        Map<String, SecretReference> refs = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!SecretReference.isReference(e.getValue())) continue;
            try {
                refs.put(e.getKey(), SecretReference.parse(e.getValue(), env.get(ENV_PROJECT)).orElseThrow());
            } catch (IllegalArgumentException bad) {
                throw new SecretResolutionException(e.getKey() + ": " + bad.getMessage());
            }
        }
        if (refs.isEmpty()) return Collections.unmodifiableMap(new LinkedHashMap<>(env));

        Credentials creds;
        try {
            creds = credentials.get();
        } catch (IOException | RuntimeException e) {
            throw new SecretResolutionException(String.join(", ", refs.keySet()) + " name Secret Manager secrets, but there are "
                    + "no Google credentials to read them (" + e.getMessage() + "). On a workstation run "
                    + "`gcloud auth application-default login`, or set the variables to plain values.", 0, e);
        }
        SecretManagerClient client = new SecretManagerClient(env.get(ENV_ROOT_URL), creds);

        Map<SecretReference, String> values = new HashMap<>();
        Map<String, String> out = new LinkedHashMap<>(env);
        for (Map.Entry<String, SecretReference> r : refs.entrySet()) {
            String value = values.get(r.getValue());
            if (value == null) {
                try {
                    value = client.access(r.getValue());
                } catch (SecretResolutionException e) {
                    throw new SecretResolutionException(r.getKey() + ": " + e.getMessage(), e.status(), e);
                }
                values.put(r.getValue(), value);
            }
            out.put(r.getKey(), value);
            log.info("{} read from Secret Manager ({})", r.getKey(), r.getValue());
        }
        return Collections.unmodifiableMap(out);
    }
}
