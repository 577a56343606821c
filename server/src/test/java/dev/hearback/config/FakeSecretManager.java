package dev.hearback.config;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * A local server that speaks Secret Manager's {@code versions:access} endpoint in its documented
 * shapes: the payload as base64 with its CRC32C, and Google's error object for a missing secret, a
 * denied caller or a wrong token. Secrets are stored by resource name; "latest" is whatever was
 * stored under it.
 */
final class FakeSecretManager implements AutoCloseable {
    static final String TOKEN = "ya29.fake-access-token";
    private static final Pattern ACCESS = Pattern.compile("/v1/projects/([^/]+)/secrets/([^/]+)/versions/([^/:]+):access");

    private final HttpServer server;
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> denied = new ConcurrentHashMap<>();
    private final Map<String, String> badChecksum = new ConcurrentHashMap<>();
    private final Queue<Integer> transientFailures = new ArrayDeque<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    FakeSecretManager() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    FakeSecretManager put(String resourceName, String value) {
        secrets.put(resourceName, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Answer 403 PERMISSION_DENIED for this version, as Google does for a caller without secretAccessor. */
    FakeSecretManager deny(String resourceName) {
        denied.put(resourceName, 403);
        return this;
    }

    /** Send this version with a checksum that does not match. */
    FakeSecretManager corrupt(String resourceName) {
        badChecksum.put(resourceName, "12345");
        return this;
    }

    /** The next requests fail with these statuses (503, 429...) before answering normally. */
    synchronized FakeSecretManager failNext(int... statuses) {
        for (int s : statuses) transientFailures.add(s);
        return this;
    }

    private synchronized Integer nextFailure() {
        return transientFailures.poll();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        requests.add(ex.getRequestMethod() + " " + path);
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        authorizations.add(String.valueOf(auth));
        Matcher m = ACCESS.matcher(path);
        if (!ex.getRequestMethod().equals("GET") || !m.matches()) {
            error(ex, 404, "NOT_FOUND", "no such method " + path);
            return;
        }
        if (!("Bearer " + TOKEN).equals(auth)) {
            error(ex, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
            return;
        }
        Integer failure = nextFailure();
        if (failure != null) {
            error(ex, failure, failure == 429 ? "RESOURCE_EXHAUSTED" : "UNAVAILABLE", "try again");
            return;
        }
        String name = "projects/" + m.group(1) + "/secrets/" + m.group(2) + "/versions/" + m.group(3);
        if (denied.containsKey(name)) {
            error(ex, 403, "PERMISSION_DENIED", "Permission 'secretmanager.versions.access' denied for resource '"
                    + name + "' (or it may not exist).");
            return;
        }
        byte[] value = secrets.get(name);
        if (value == null) {
            error(ex, 404, "NOT_FOUND", "Secret Version [" + name + "] not found.");
            return;
        }
        CRC32C crc = new CRC32C();
        crc.update(value);
        String checksum = badChecksum.getOrDefault(name, Long.toString(crc.getValue()));
        String version = m.group(3).equals("latest") ? "7" : m.group(3);
        send(ex, 200, "{\"name\":\"projects/123456789/secrets/" + m.group(2) + "/versions/" + version + "\","
                + "\"payload\":{\"data\":\"" + Base64.getEncoder().encodeToString(value) + "\",\"dataCrc32c\":\"" + checksum + "\"}}");
    }

    private static void error(HttpExchange ex, int code, String status, String message) throws IOException {
        send(ex, code, "{\"error\":{\"code\":" + code + ",\"message\":\"" + message.replace("\"", "\\\"")
                + "\",\"status\":\"" + status + "\"}}");
    }

    private static void send(HttpExchange ex, int code, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(code, body.length);
        try (var out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
