package dev.hearback.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.Credentials;
import com.google.auth.http.HttpCredentialsAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * Reads secret versions from Secret Manager's REST API
 * ({@code GET v1/projects/P/secrets/S/versions/V:access}) with google-http-client and the given
 * Google credentials: one small HTTP call per secret at startup, no gRPC client.
 */
public final class SecretManagerClient {
    public static final String DEFAULT_ROOT_URL = "https://secretmanager.googleapis.com/";
    public static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";
    static final int ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String rootUrl;
    private final HttpRequestFactory requests;
    private final long backoffMillis;

    public SecretManagerClient(String rootUrl, Credentials credentials) {
        this(rootUrl, credentials, new NetHttpTransport(), 500);
    }

    SecretManagerClient(String rootUrl, Credentials credentials, HttpTransport transport, long backoffMillis) {
        Objects.requireNonNull(credentials, "credentials");
        String root = rootUrl == null || rootUrl.isBlank() ? DEFAULT_ROOT_URL : rootUrl.strip();
        this.rootUrl = root.endsWith("/") ? root : root + "/";
        HttpCredentialsAdapter auth = new HttpCredentialsAdapter(credentials);
        this.requests = transport.createRequestFactory(request -> {
            auth.initialize(request);
            request.setConnectTimeout(10_000);
            request.setReadTimeout(10_000);
            request.setThrowExceptionOnExecuteError(false);
            request.setNumberOfRetries(0); // retried below, with our own messages
        });
        this.backoffMillis = backoffMillis;
    }

    /**
     * The secret version's payload as UTF-8 text, with trailing line breaks removed (a secret made
     * with {@code echo ... | gcloud secrets create --data-file=-} ends in one).
     *
     * @throws SecretResolutionException when it cannot be read; the message says why and what to do
     */
    public String access(SecretReference ref) {
        GenericUrl url = new GenericUrl(rootUrl + "v1/" + ref.resourceName() + ":access");
        SecretResolutionException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return once(ref, url);
            } catch (SecretResolutionException e) {
                if (!retryable(e.status())) throw e;
                last = e;
            } catch (IOException e) {
                last = new SecretResolutionException("cannot reach Secret Manager at " + rootUrl + " for secret "
                        + ref.resourceName() + ": " + e.getMessage(), 0, e);
            }
            if (attempt < ATTEMPTS) pause(backoffMillis << (attempt - 1));
        }
        throw last;
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private String once(SecretReference ref, GenericUrl url) throws IOException {
        HttpResponse response;
        try {
            HttpRequest request = requests.buildGetRequest(url);
            response = request.execute();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // google-auth reports credentials it cannot refresh this way, not as an IOException
            throw new SecretResolutionException("the Google credentials could not be used to read secret "
                    + ref.resourceName() + ": " + e.getMessage(), 0, e);
        }
        try (InputStream in = response.getContent()) {
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            int status = response.getStatusCode();
            if (status / 100 != 2) throw failure(ref, status, body);
            return payload(ref, body);
        } finally {
            response.disconnect();
        }
    }

    /** Reads {@code {"name": ..., "payload": {"data": BASE64, "dataCrc32c": "DECIMAL"}}}. */
    private static String payload(SecretReference ref, byte[] body) {
        JsonNode data;
        JsonNode crc;
        try {
            JsonNode root = JSON.readTree(body);
            data = root.path("payload").path("data");
            crc = root.path("payload").path("dataCrc32c");
        } catch (IOException e) {
            throw new SecretResolutionException("Secret Manager's answer for " + ref.resourceName() + " is not JSON", 200, null);
        }
        if (!data.isTextual()) {
            throw new SecretResolutionException("Secret Manager's answer for " + ref.resourceName() + " has no payload.data", 200, null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data.asText().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new SecretResolutionException("the payload of " + ref.resourceName() + " is not base64", 200, null);
        }
        if (crc.isTextual() || crc.isNumber()) {
            CRC32C c = new CRC32C();
            c.update(bytes);
            if (!Long.toString(c.getValue()).equals(crc.asText())) {
                throw new SecretResolutionException("the payload of " + ref.resourceName()
                        + " does not match its CRC32C checksum (corrupted in transit)", 200, null);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(0, end);
    }

    /** Google's error body is {"error": {"code", "message", "status"}}; its message never holds a payload. */
    private static SecretResolutionException failure(SecretReference ref, int status, byte[] body) {
        String googleStatus = "";
        String googleMessage = "";
        try {
            JsonNode err = JSON.readTree(body).path("error");
            googleStatus = err.path("status").asText("");
            googleMessage = err.path("message").asText("");
        } catch (IOException | RuntimeException notJson) {
            // keep the HTTP status alone
        }
        if (googleMessage.length() > 300) googleMessage = googleMessage.substring(0, 300) + "...";
        String what = "secret " + ref.resourceName();
        String advice = switch (status) {
            case 404 -> what + " was not found: create it (gcloud secrets create " + ref.secret() + " --data-file=-) "
                    + "or add a version, or fix the reference";
            case 403 -> "permission denied on " + what + ": grant the service account roles/secretmanager.secretAccessor "
                    + "on it and check the Secret Manager API is enabled";
            case 401 -> "Secret Manager refused the credentials while reading " + what;
            case 400 -> "Secret Manager rejected the request for " + what + " (is the version disabled or destroyed?)";
            default -> "Secret Manager answered HTTP " + status + " for " + what;
        };
        String detail = (googleStatus + " " + googleMessage).strip();
        return new SecretResolutionException(advice + (detail.isEmpty() ? "" : " (" + status + " " + detail + ")"), status, null);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretResolutionException("interrupted while reading secrets");
        }
    }
}
