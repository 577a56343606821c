package dev.hearback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearback.server.HearbackServer;
import dev.hearback.server.LocalMailbox;
import dev.hearback.store.DatabaseConfig;
import dev.hearback.store.KeysetLoader;
import dev.hearback.store.TokenCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A real {@code serve --demo} server in this JVM, on a free loopback port, with its own temporary
 * SQLite database (so a test can open the same database to look at or plant rows), and an HTTP
 * client that talks to it the way the extension does.
 */
final class ApiServer implements AutoCloseable {
    static final String EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop";
    static final String EXTENSION_ORIGIN = "chrome-extension://" + EXTENSION_ID;
    static final String REDIRECT = "https://" + EXTENSION_ID + ".chromiumapp.org/cb";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEYSET = TokenCipher.newKeysetJson();

    final HearbackServer server;
    final Path dir;
    final String dbUrl;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ApiServer(HearbackServer server, Path dir, String dbUrl) {
        this.server = server;
        this.dir = dir;
        this.dbUrl = dbUrl;
    }

    static ApiServer demo() {
        return demo(Map.of());
    }

    static ApiServer demo(Map<String, String> extraEnv) {
        return start(true, extraEnv);
    }

    static ApiServer start(boolean demo, Map<String, String> extraEnv) {
        return start(demo, extraEnv, null);
    }

    /** {@code serve --demo --mbox FILE --me ADDRESS --now INSTANT}: the demo serving {@code local}. */
    static ApiServer serving(LocalMailbox local) {
        return start(true, Map.of(), local);
    }

    private static ApiServer start(boolean demo, Map<String, String> extraEnv, LocalMailbox local) {
        try {
            Path dir = Files.createTempDirectory("hearback-api-test");
            String url = "jdbc:sqlite:" + dir.resolve("test.db");
            Map<String, String> env = new HashMap<>();
            env.put("PORT", "0");
            env.put(DatabaseConfig.ENV_URL, url);
            env.put(KeysetLoader.ENV_KEYSET, KEYSET);
            env.putAll(extraEnv);
            ServerConfig config = ServerConfig.fromEnv(env, demo);
            HearbackServer s = local == null ? HearbackServer.start(config, env) : HearbackServer.start(config, env, local);
            return new ApiServer(s, dir, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** Signs in the way the extension does and returns the session token from the redirect's fragment. */
    String signIn() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/auth/start?redirect_uri=" + REDIRECT)).GET());
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(REDIRECT + "#token="), location);
        String fragment = location.substring(location.indexOf('#') + 1);
        for (String part : fragment.split("&")) {
            if (part.startsWith("token=")) return URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8);
        }
        throw new AssertionError("no token in " + location);
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON, after checking the status and that it was served as JSON. */
    static JsonNode json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), () -> "status of " + r.request().method() + " " + r.request().uri() + ": " + r.body());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json"), "Content-Type " + type);
        try {
            JsonNode n = JSON.readTree(r.body());
            assertNotNull(n);
            return n;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    /** An error response as docs/api.md describes it: {"error","message"} and nothing else. */
    static JsonNode error(HttpResponse<String> r, int status, String code) {
        JsonNode n = json(r, status);
        assertEquals(code, n.path("error").asText(), r.body());
        assertTrue(n.path("message").isTextual() && !n.path("message").asText().isBlank(), r.body());
        assertEquals(2, n.size(), r.body());
        return n;
    }

    @Override
    public void close() {
        server.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
