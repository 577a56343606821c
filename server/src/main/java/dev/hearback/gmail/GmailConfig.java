package dev.hearback.gmail;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Where Google is and how Hearback talks to it. Production reads the environment
 * ({@link #fromEnv}); tests point {@code gmailRootUrl} and {@code tokenUri} at a local fake.
 *
 * @param clientId OAuth client id ({@code GOOGLE_CLIENT_ID}); null when only access tokens are used (the add-on)
 * @param clientSecret OAuth client secret ({@code GOOGLE_CLIENT_SECRET})
 * @param tokenUri token endpoint ({@code GOOGLE_TOKEN_URI}, default Google's)
 * @param gmailRootUrl Gmail API root ({@code GMAIL_API_ROOT_URL}, default {@code https://gmail.googleapis.com/})
 * @param query the candidate-thread search ({@code GMAIL_QUERY}, default {@link GmailQuery#DEFAULT})
 * @param pageSize threads.list / history.list page size (Gmail allows at most 500)
 * @param fetchParallelism threads.get calls in flight at once per sync ({@code GMAIL_FETCH_PARALLELISM}, default 4)
 * @param fullResyncEvery an incremental refresh older than this runs a full list again (threads that aged out of the query drop)
 * @param retry backoff on 429 / 5xx
 */
public record GmailConfig(
        String clientId,
        String clientSecret,
        URI tokenUri,
        String gmailRootUrl,
        String query,
        int pageSize,
        int fetchParallelism,
        Duration fullResyncEvery,
        RetryPolicy retry) {

    public static final URI GOOGLE_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");
    public static final String GMAIL_ROOT_URL = "https://gmail.googleapis.com/";
    public static final String APPLICATION_NAME = "Hearback";

    public GmailConfig {
        if (pageSize < 1 || pageSize > 500) throw new IllegalArgumentException("pageSize must be 1..500");
        if (fetchParallelism < 1) throw new IllegalArgumentException("fetchParallelism must be >= 1");
        if (!gmailRootUrl.endsWith("/")) gmailRootUrl = gmailRootUrl + "/";
    }

    public static GmailConfig defaults(String clientId, String clientSecret) {
        return new GmailConfig(clientId, clientSecret, GOOGLE_TOKEN_URI, GMAIL_ROOT_URL, GmailQuery.DEFAULT,
                500, 4, Duration.ofHours(6), RetryPolicy.DEFAULT);
    }

    /** Reads GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_TOKEN_URI, GMAIL_API_ROOT_URL, GMAIL_QUERY, GMAIL_FETCH_PARALLELISM. */
    public static GmailConfig fromEnv(Map<String, String> env) {
        GmailConfig c = defaults(blankToNull(env.get("GOOGLE_CLIENT_ID")), blankToNull(env.get("GOOGLE_CLIENT_SECRET")));
        String token = blankToNull(env.get("GOOGLE_TOKEN_URI"));
        String root = blankToNull(env.get("GMAIL_API_ROOT_URL"));
        String query = blankToNull(env.get("GMAIL_QUERY"));
        String par = blankToNull(env.get("GMAIL_FETCH_PARALLELISM"));
        return new GmailConfig(c.clientId, c.clientSecret,
                token == null ? c.tokenUri : URI.create(token),
                root == null ? c.gmailRootUrl : root,
                query == null ? c.query : query,
                c.pageSize,
                par == null ? c.fetchParallelism : Integer.parseInt(par),
                c.fullResyncEvery, c.retry);
    }

    /** Points the client at another server (the tests' fake): Gmail root and token endpoint. */
    public GmailConfig withEndpoints(String rootUrl, URI tokenEndpoint) {
        return new GmailConfig(clientId, clientSecret, tokenEndpoint, rootUrl, query, pageSize, fetchParallelism, fullResyncEvery, retry);
    }

    public GmailConfig withPageSize(int n) {
        return new GmailConfig(clientId, clientSecret, tokenUri, gmailRootUrl, query, n, fetchParallelism, fullResyncEvery, retry);
    }

    public GmailConfig withFetchParallelism(int n) {
        return new GmailConfig(clientId, clientSecret, tokenUri, gmailRootUrl, query, pageSize, n, fullResyncEvery, retry);
    }

    public GmailConfig withRetry(RetryPolicy r) {
        return new GmailConfig(clientId, clientSecret, tokenUri, gmailRootUrl, query, pageSize, fetchParallelism, fullResyncEvery, r);
    }

    public GmailConfig withFullResyncEvery(Duration d) {
        return new GmailConfig(clientId, clientSecret, tokenUri, gmailRootUrl, query, pageSize, fetchParallelism, d, retry);
    }

    public GmailConfig withQuery(String q) {
        return new GmailConfig(clientId, clientSecret, tokenUri, gmailRootUrl, q, pageSize, fetchParallelism, fullResyncEvery, retry);
    }

    @Override
    public String toString() { // never log the secret
        return "GmailConfig[clientId=" + clientId + ", tokenUri=" + tokenUri + ", gmailRootUrl=" + gmailRootUrl
                + ", pageSize=" + pageSize + ", fetchParallelism=" + fetchParallelism + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
