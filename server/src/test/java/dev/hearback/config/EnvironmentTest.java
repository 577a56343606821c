package dev.hearback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Environment.resolve and SecretManagerClient against a local server that speaks Secret Manager's REST API. */
class EnvironmentTest {
    private static final Environment.CredentialsSource TOKEN =
            () -> GoogleCredentials.create(new AccessToken(FakeSecretManager.TOKEN, null));
    private static final Environment.CredentialsSource NO_CREDENTIALS = () -> {
        throw new IOException("The Application Default Credentials are not available.");
    };

    private FakeSecretManager sm;

    @BeforeEach
    void start() throws IOException {
        sm = new FakeSecretManager();
    }

    @AfterEach
    void stop() {
        sm.close();
    }

    private Map<String, String> env(String... kv) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(Environment.ENV_ROOT_URL, sm.rootUrl());
        env.put(Environment.ENV_PROJECT, "hb-prod");
        for (int i = 0; i < kv.length; i += 2) env.put(kv[i], kv[i + 1]);
        return env;
    }

    @Test
    void referencesAreReplacedByTheirValuesAndPlainValuesKept() {
        sm.put("projects/hb-prod/secrets/oauth-client-secret/versions/latest", "GOCSPX-abc")
                .put("projects/other-proj/secrets/db-password/versions/2", "pä$$word");
        Map<String, String> out = Environment.resolve(env(
                "GOOGLE_CLIENT_SECRET", "sm://oauth-client-secret",
                "HEARBACK_DB_PASSWORD", "sm://projects/other-proj/secrets/db-password/versions/2",
                "HEARBACK_DB_URL", "jdbc:postgresql:///hearback?cloudSqlInstance=p:r:i"), TOKEN);

        assertEquals("GOCSPX-abc", out.get("GOOGLE_CLIENT_SECRET"));
        assertEquals("pä$$word", out.get("HEARBACK_DB_PASSWORD"));
        assertEquals("jdbc:postgresql:///hearback?cloudSqlInstance=p:r:i", out.get("HEARBACK_DB_URL"));
        assertEquals(List.of("GET /v1/projects/hb-prod/secrets/oauth-client-secret/versions/latest:access",
                "GET /v1/projects/other-proj/secrets/db-password/versions/2:access"), sm.requests);
        assertEquals(List.of("Bearer " + FakeSecretManager.TOKEN, "Bearer " + FakeSecretManager.TOKEN), sm.authorizations);
        assertThrows(UnsupportedOperationException.class, () -> out.put("X", "y"));
    }

    @Test
    void aSecretNamedTwiceIsReadOnce() {
        sm.put("projects/hb-prod/secrets/shared/versions/latest", "v");
        Map<String, String> out = Environment.resolve(env("A", "sm://shared", "B", "sm://projects/hb-prod/secrets/shared"), TOKEN);
        assertEquals("v", out.get("A"));
        assertEquals("v", out.get("B"));
        assertEquals(1, sm.requests.size());
    }

    @Test
    void withoutReferencesNothingIsContactedAndNoCredentialsAreNeeded() {
        Map<String, String> in = env("HEARBACK_DB_URL", "jdbc:sqlite:hearback.db", "GOOGLE_CLIENT_SECRET", "plain");
        assertEquals(in, Environment.resolve(in, NO_CREDENTIALS));
        assertEquals(List.of(), sm.requests);
    }

    @Test
    void aTrailingNewlineFromEchoIsDropped() {
        sm.put("projects/hb-prod/secrets/pw/versions/latest", "hunter2\n");
        assertEquals("hunter2", Environment.resolve(env("P", "sm://pw"), TOKEN).get("P"));
        sm.put("projects/hb-prod/secrets/keyset/versions/latest", "{\n  \"primaryKeyId\": 1\n}\r\n");
        assertEquals("{\n  \"primaryKeyId\": 1\n}", Environment.resolve(env("K", "sm://keyset"), TOKEN).get("K"));
    }

    @Test
    void aMissingSecretStopsStartupNamingTheVariableAndTheSecret() {
        SecretResolutionException e = assertThrows(SecretResolutionException.class,
                () -> Environment.resolve(env("HEARBACK_TINK_KEYSET", "sm://tink-keyset"), TOKEN));
        assertEquals(404, e.status());
        assertTrue(e.getMessage().startsWith("HEARBACK_TINK_KEYSET: "), e.getMessage());
        assertTrue(e.getMessage().contains("projects/hb-prod/secrets/tink-keyset/versions/latest was not found"), e.getMessage());
        assertTrue(e.getMessage().contains("gcloud secrets create tink-keyset"), e.getMessage());
        assertEquals(1, sm.requests.size(), "a 404 is not retried");
    }

    @Test
    void aDeniedSecretSaysWhichRoleIsMissingAndNeverShowsAValue() {
        sm.put("projects/hb-prod/secrets/oauth-client-secret/versions/latest", "GOCSPX-very-secret")
                .put("projects/hb-prod/secrets/db-password/versions/latest", "db-very-secret")
                .deny("projects/hb-prod/secrets/db-password/versions/latest");
        SecretResolutionException e = assertThrows(SecretResolutionException.class, () -> Environment.resolve(env(
                "GOOGLE_CLIENT_SECRET", "sm://oauth-client-secret", "HEARBACK_DB_PASSWORD", "sm://db-password"), TOKEN));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().startsWith("HEARBACK_DB_PASSWORD: permission denied on secret projects/hb-prod/secrets/db-password"),
                e.getMessage());
        assertTrue(e.getMessage().contains("roles/secretmanager.secretAccessor"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("very-secret"), "a value leaked: " + t.getMessage());
            assertFalse(t.toString().contains("very-secret"));
        }
    }

    @Test
    void aRejectedTokenIsReported() {
        sm.put("projects/hb-prod/secrets/s/versions/latest", "v");
        // Like application default credentials: refreshable, but the server still refuses what they give.
        GoogleCredentials refreshable = new GoogleCredentials() {
            @Override
            public AccessToken refreshAccessToken() {
                return new AccessToken("wrong", null);
            }
        };
        SecretResolutionException e = assertThrows(SecretResolutionException.class,
                () -> Environment.resolve(env("S", "sm://s"), () -> refreshable));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("refused the credentials"), e.getMessage());
        assertTrue(sm.authorizations.contains("Bearer wrong"));

        // Credentials that cannot refresh at all fail with their own words, not a stack of library internals.
        e = assertThrows(SecretResolutionException.class, () -> Environment.resolve(env("S", "sm://s"),
                () -> GoogleCredentials.create(new AccessToken("expired", new java.util.Date(0)))));
        assertTrue(e.getMessage().startsWith("S: the Google credentials could not be used to read secret projects/hb-prod/secrets/s"),
                e.getMessage());
    }

    @Test
    void noCredentialsWithAReferenceSaysHowToGetThem() {
        SecretResolutionException e = assertThrows(SecretResolutionException.class,
                () -> Environment.resolve(env("GOOGLE_CLIENT_SECRET", "sm://x"), NO_CREDENTIALS));
        assertTrue(e.getMessage().contains("GOOGLE_CLIENT_SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("gcloud auth application-default login"), e.getMessage());
        assertEquals(List.of(), sm.requests);
    }

    @Test
    void aMalformedReferenceNamesTheVariable() {
        SecretResolutionException e = assertThrows(SecretResolutionException.class,
                () -> Environment.resolve(env("HEARBACK_DB_PASSWORD", "sm://projects/p/secret/x"), TOKEN));
        assertTrue(e.getMessage().startsWith("HEARBACK_DB_PASSWORD: 'sm://projects/p/secret/x' is not a secret reference"), e.getMessage());
        Map<String, String> noProject = new LinkedHashMap<>(Map.of("P", "sm://pw"));
        e = assertThrows(SecretResolutionException.class, () -> Environment.resolve(noProject, TOKEN));
        assertTrue(e.getMessage().contains("GOOGLE_CLOUD_PROJECT is not set"), e.getMessage());
    }

    @Test
    void aCorruptedPayloadIsRefusedWithoutShowingIt() {
        sm.put("projects/hb-prod/secrets/pw/versions/latest", "the-value").corrupt("projects/hb-prod/secrets/pw/versions/latest");
        SecretResolutionException e = assertThrows(SecretResolutionException.class, () -> Environment.resolve(env("P", "sm://pw"), TOKEN));
        assertTrue(e.getMessage().contains("CRC32C"), e.getMessage());
        assertFalse(e.getMessage().contains("the-value"));
    }

    @Test
    void unavailableAndRateLimitedAnswersAreRetried() {
        sm.put("projects/hb-prod/secrets/pw/versions/latest", "ok").failNext(503, 429);
        SecretManagerClient client = new SecretManagerClient(sm.rootUrl(), credentials(),
                new com.google.api.client.http.javanet.NetHttpTransport(), 1);
        assertEquals("ok", client.access(new SecretReference("hb-prod", "pw", "latest")));
        assertEquals(3, sm.requests.size());

        sm.failNext(503, 503, 503);
        SecretResolutionException e = assertThrows(SecretResolutionException.class,
                () -> client.access(new SecretReference("hb-prod", "pw", "latest")));
        assertEquals(503, e.status());
        assertEquals(3 + SecretManagerClient.ATTEMPTS, sm.requests.size());
    }

    @Test
    void anUnreachableServerIsReportedAfterRetrying() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SecretManagerClient client = new SecretManagerClient("http://127.0.0.1:" + closedPort, credentials(),
                new com.google.api.client.http.javanet.NetHttpTransport(), 1);
        SecretResolutionException e = assertThrows(SecretResolutionException.class,
                () -> client.access(new SecretReference("hb-prod", "pw", "latest")));
        assertTrue(e.getMessage().startsWith("cannot reach Secret Manager at http://127.0.0.1:" + closedPort + "/"), e.getMessage());
    }

    private static GoogleCredentials credentials() {
        return GoogleCredentials.create(new AccessToken(FakeSecretManager.TOKEN, null));
    }
}
