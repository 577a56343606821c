package dev.hearback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.hearback.addon.AddonConfig;
import dev.hearback.gmail.GmailConfig;
import dev.hearback.store.DatabaseConfig;
import dev.hearback.web.ServerConfig;
import dev.hearback.store.KeysetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** app.yaml and docs/deploy.md held to the code: the runtime, the memory budget, and every variable. */
class AppYamlTest {
    private static final long MB = 1024 * 1024;
    private static final long F1_MEMORY = 384 * MB;
    private static JsonNode app;
    private static List<String> entrypoint;

    @BeforeAll
    static void load() throws IOException {
        app = new YAMLMapper().readTree(Files.readString(repo("app.yaml"), StandardCharsets.UTF_8));
        entrypoint = Arrays.asList(app.path("entrypoint").asText().strip().split("\\s+"));
    }

    private static Path repo(String name) {
        Path p = Path.of("..", name);
        return Files.exists(p) ? p : Path.of(name);
    }

    @Test
    void java17OnAnF1() {
        assertEquals("java17", app.path("runtime").asText());
        assertEquals("F1", app.path("instance_class").asText());
    }

    @Test
    void theEntrypointServesTheShadedJar() throws IOException {
        assertEquals("java", entrypoint.get(0));
        int jar = entrypoint.indexOf("-jar");
        assertTrue(jar > 0, "entrypoint runs a jar: " + entrypoint);
        // The jar the shade plugin builds (server/pom.xml finalName) is the one deployed.
        Matcher m = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(Files.readString(repo("server/pom.xml")));
        assertTrue(m.find());
        assertEquals(m.group(1) + ".jar", entrypoint.get(jar + 1));
        assertEquals(List.of("serve"), entrypoint.subList(jar + 2, entrypoint.size()), "the command after the jar");
        assertTrue(entrypoint.subList(1, jar).stream().allMatch(a -> a.startsWith("-")), "only JVM options before -jar");
    }

    /** "-Xmx192m" → bytes; "-XX:MaxMetaspaceSize=80m" → bytes. */
    static long size(String value) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(value);
        if (!m.matches()) throw new IllegalArgumentException("not a JVM size: " + value);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "k" -> n * 1024;
            case "m" -> n * MB;
            case "g" -> n * 1024 * MB;
            default -> n;
        };
    }

    private static long option(String prefix) {
        return entrypoint.stream().filter(a -> a.startsWith(prefix)).findFirst()
                .map(a -> size(a.substring(prefix.length())))
                .orElseThrow(() -> new AssertionError("entrypoint lacks " + prefix));
    }

    @Test
    void theJvmFitsInAnF1() {
        long heap = option("-Xmx");
        long metaspace = option("-XX:MaxMetaspaceSize=");
        long codeCache = option("-XX:ReservedCodeCacheSize=");
        long stack = option("-Xss");
        assertTrue(heap < F1_MEMORY, "heap below the instance's memory");
        assertTrue(heap >= 128 * MB, "heap large enough for Jetty, the Google clients and the caches");
        // What the JVM takes besides: ~50 threads' stacks, GC structures and other native memory (~40 MB).
        long total = heap + metaspace + codeCache + 50 * stack + 40 * MB;
        assertTrue(total <= F1_MEMORY, "JVM budget " + total / MB + " MB over the F1's 384 MB");
        assertTrue(entrypoint.contains("-XX:+UseSerialGC"), "one core, small heap: serial GC");
        assertEquals(192 * MB + 512, size("192m") + size("512"), "size parsing itself");
    }

    @Test
    void scalesWithinLimitsAndOnlyOverHttps() {
        JsonNode s = app.path("automatic_scaling");
        int min = s.path("min_instances").asInt(-1);
        int max = s.path("max_instances").asInt(-1);
        assertTrue(min >= 0 && max >= 1 && min <= max, "min/max instances: " + s);
        double cpu = s.path("target_cpu_utilization").asDouble();
        assertTrue(cpu >= 0.5 && cpu <= 0.95, "target_cpu_utilization " + cpu);
        // Cloud SQL connections: every instance's pool together stay under a db-f1-micro's 25.
        int pool = Integer.parseInt(app.path("env_variables").path(DatabaseConfig.ENV_POOL_SIZE).asText("5"));
        assertTrue(max * pool <= 20, max + " instances x " + pool + " connections");

        // A new instance starts on App Engine's warm-up request (GET /_ah/warmup, served by WebApp), not on a user's.
        List<String> inbound = new ArrayList<>();
        app.path("inbound_services").forEach(n -> inbound.add(n.asText()));
        assertTrue(inbound.contains("warmup"), "inbound_services: " + inbound);

        JsonNode handlers = app.path("handlers");
        assertTrue(handlers.isArray() && handlers.size() > 0);
        for (JsonNode h : handlers) assertEquals("always", h.path("secure").asText(), "handler " + h + " must force https");
        assertEquals("/.*", handlers.get(handlers.size() - 1).path("url").asText(), "a catch-all handler");
    }

    // ---- variables ------------------------------------------------------------------------------

    private static final Pattern READ = Pattern.compile(
            "(?:\\bENV_[A-Z0-9_]*\\s*=\\s*|\\benv\\.get\\(\\s*|\\bgetenv\\(\\s*)\"([A-Z][A-Z0-9_]*)\"");

    /** Every environment variable name the server's sources read: ENV_* constants and env.get("...") literals. */
    static Set<String> namesReadByCode() {
        Set<String> names = new TreeSet<>();
        Path src = repo("server/src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = READ.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) names.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Map<String, String> envVariables() {
        Map<String, String> env = new LinkedHashMap<>();
        app.path("env_variables").fields().forEachRemaining(e -> {
            assertTrue(e.getValue().isTextual(), e.getKey() + " must be a string in app.yaml");
            env.put(e.getKey(), e.getValue().asText());
        });
        return env;
    }

    @Test
    void theScanFindsTheConstantsItShould() {
        Set<String> read = namesReadByCode();
        for (String known : List.of(DatabaseConfig.ENV_URL, DatabaseConfig.ENV_PASSWORD, KeysetLoader.ENV_KEYSET, AddonConfig.ENV_URL,
                ServerConfig.ENV_PUBLIC_URL, ServerConfig.ENV_EXTENSION_ORIGINS, Environment.ENV_PROJECT,
                "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET")) {
            assertTrue(read.contains(known), known + " missing from " + read);
        }
        assertFalse(read.contains("HEARBACK_DB_PASWORD"));
    }

    @Test
    void everyVariableAppYamlSetsIsOneTheCodeReads() {
        Set<String> unknown = new TreeSet<>(envVariables().keySet());
        unknown.removeAll(namesReadByCode());
        assertEquals(Set.of(), unknown, "app.yaml sets variables no code reads (typo, or code not written yet)");
        assertFalse(envVariables().containsKey(ServerConfig.ENV_PORT), "App Engine sets PORT itself");
        assertFalse(envVariables().containsKey(Environment.ENV_PROJECT), "App Engine sets GOOGLE_CLOUD_PROJECT itself");
    }

    @Test
    void secretsAreSecretManagerReferencesAndNothingElseIs() {
        Map<String, String> env = envVariables();
        for (String secret : List.of("GOOGLE_CLIENT_SECRET", KeysetLoader.ENV_KEYSET, DatabaseConfig.ENV_PASSWORD)) {
            String v = env.get(secret);
            assertNotNull(v, secret + " must be set");
            assertTrue(SecretReference.parse(v, "any-project").isPresent(), secret + " must be an sm:// reference, not " + v);
        }
        env.forEach((k, v) -> {
            if (SecretReference.isReference(v)) assertTrue(SecretReference.parse(v, "any-project").isPresent(), k);
        });
        assertFalse(env.get(DatabaseConfig.ENV_URL).toLowerCase().contains("password"), "no password in the URL");
    }

    @Test
    void theConfigClassesAcceptTheValuesOnceThePlaceholdersAreFilledIn() throws ClassNotFoundException {
        Map<String, String> env = new LinkedHashMap<>();
        envVariables().forEach((k, v) -> env.put(k, SecretReference.isReference(v) ? "resolved-secret" : v
                .replace("PROJECT_ID", "hb-prod").replace("REGION_ID", "uc").replace("REGION", "us-central1")
                .replace("CLIENT_ID", "1234-abc").replace("EXTENSION_ID", "abcdefghijklmnopabcdefghijklmnop")));

        DatabaseConfig db = DatabaseConfig.fromEnv(env);
        assertEquals("jdbc:postgresql:///hearback?cloudSqlInstance=hb-prod:us-central1:hearback-db"
                + "&socketFactory=com.google.cloud.sql.postgres.SocketFactory", db.url());
        assertEquals("hearback", db.user());
        // The socket factory the URL names is on the server's runtime classpath (the connector dependency).
        Class.forName("com.google.cloud.sql.postgres.SocketFactory");

        ServerConfig server = ServerConfig.fromEnv(env, false);
        assertEquals("https://hb-prod.uc.r.appspot.com/auth/callback", server.oauthRedirectUri());
        assertEquals(Set.of("chrome-extension://abcdefghijklmnopabcdefghijklmnop"), server.extensionOrigins());

        GmailConfig gmail = GmailConfig.fromEnv(env);
        assertEquals("1234-abc.apps.googleusercontent.com", gmail.clientId());
        assertEquals("resolved-secret", gmail.clientSecret());
        assertTrue(AddonConfig.fromEnv(env).isEmpty(), "the add-on stays off until its variables are uncommented");
    }

    // ---- docs/deploy.md ---------------------------------------------------------------------------

    @Test
    void deployMdListsExactlyTheVariablesTheCodeReads() throws IOException {
        String md = Files.readString(repo("docs/deploy.md"), StandardCharsets.UTF_8);
        int table = md.indexOf("## Environment variables the server reads");
        assertTrue(table >= 0, "docs/deploy.md has the variables table");
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]*)` \\|").matcher(md.substring(table));
        while (m.find()) listed.add(m.group(1));
        assertEquals(namesReadByCode(), listed, "docs/deploy.md's table vs the names the code reads");
        // The JDBC URL form the doc gives is the one app.yaml uses.
        assertTrue(md.contains("jdbc:postgresql:///hearback?cloudSqlInstance=PROJECT_ID:REGION:hearback-db"
                + "&socketFactory=com.google.cloud.sql.postgres.SocketFactory"));
        assertTrue(app.path("env_variables").path(DatabaseConfig.ENV_URL).asText().startsWith("jdbc:postgresql:///hearback?cloudSqlInstance="));
    }
}
