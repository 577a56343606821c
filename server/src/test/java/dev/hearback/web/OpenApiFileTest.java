package dev.hearback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml is a second description of docs/api.md. This test parses it with a real OpenAPI
 * parser and reads docs/api.md itself (its routes, status codes, enums and the ThreadView JSON
 * example), so that when one of the two files changes without the other, the build fails.
 */
class OpenApiFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String apiMd;
    private static String openApiText;
    private static OpenAPI api;

    @BeforeAll
    static void load() throws IOException {
        apiMd = Files.readString(docs("api.md"), StandardCharsets.UTF_8);
        openApiText = Files.readString(docs("openapi.yaml"), StandardCharsets.UTF_8);
        api = parse(openApiText);
    }

    private static Path docs(String name) {
        Path p = Path.of("..", "docs", name);
        return Files.exists(p) ? p : Path.of("docs", name);
    }

    /** Parses without resolving references (so {@code $ref}s stay visible) and fails on any message. */
    private static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertEquals(List.of(), messages, "swagger-parser reported problems in docs/openapi.yaml");
        assertNotNull(result.getOpenAPI(), "docs/openapi.yaml did not parse");
        return result.getOpenAPI();
    }

    @Test
    void theParserIsStrictEnoughToCatchABrokenDescription() {
        // The check above would be worthless if the parser accepted anything: break a reference and a type.
        String broken = openApiText.replace("$ref: '#/components/schemas/ThreadList'", "$ref: '#/components/schemas/NoSuchSchema'")
                .replace("followUpsSent: {type: integer, minimum: 0}", "followUpsSent: {type: 7}");
        assertFalse(broken.equals(openApiText), "the replacements must hit the file");
        SwaggerParseResult r = new OpenAPIV3Parser().readContents(broken, null, new ParseOptions());
        assertFalse(r.getMessages() == null || r.getMessages().isEmpty(), "a broken description must produce messages");
    }

    // ---- routes -------------------------------------------------------------------------------

    /** "GET /api/threads" for every operation in the OpenAPI file. */
    private static Set<String> openApiOperations() {
        Set<String> ops = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .keySet().forEach(m -> ops.add(m.name() + " " + path)));
        return ops;
    }

    /** Every "`METHOD /path`" that docs/api.md names, query strings dropped. */
    private static Set<String> documentedOperations() {
        Set<String> ops = new TreeSet<>();
        Matcher m = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/[^`?\\s]*)").matcher(apiMd);
        while (m.find()) ops.add(m.group(1) + " " + m.group(2));
        return ops;
    }

    /** Every path docs/api.md mentions in backticks, with or without a method (e.g. `/auth/callback`). */
    private static Set<String> documentedPaths() {
        Set<String> paths = new TreeSet<>();
        Matcher m = Pattern.compile("`(?:(?:GET|POST|PUT|DELETE|PATCH) )?(/(?:api|auth|healthz|_ah)[^`?\\s]*)").matcher(apiMd);
        while (m.find()) if (!m.group(1).contains("*")) paths.add(m.group(1)); // `/api/*` is a wildcard, not a route
        return paths;
    }

    @Test
    void everyDocumentedRouteIsDescribedAndNothingElse() {
        Set<String> documented = documentedOperations();
        // The brief's list, so that a doc that lost a route fails here too.
        assertTrue(documented.containsAll(Set.of("GET /api/threads", "GET /api/threads/{id}", "POST /api/threads/{id}/draft",
                "POST /api/threads/{id}/state", "GET /api/settings", "PUT /api/settings", "POST /api/logout",
                "GET /healthz", "GET /auth/start")), "docs/api.md routes: " + documented);

        Set<String> described = openApiOperations();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(described);
        assertEquals(Set.of(), missing, "routes in docs/api.md but not in docs/openapi.yaml");

        Set<String> describedPaths = new TreeSet<>(api.getPaths().keySet());
        assertEquals(documentedPaths(), describedPaths, "paths of docs/api.md vs docs/openapi.yaml");

        // Operations without a method in the doc (Google's redirect to /auth/callback) are GETs.
        for (String op : described) {
            String path = op.substring(op.indexOf(' ') + 1);
            assertTrue(documented.contains(op) || (op.startsWith("GET ") && !documented.stream().anyMatch(d -> d.endsWith(" " + path))),
                    op + " is in docs/openapi.yaml but docs/api.md does not name it");
        }
        assertTrue(described.contains("GET /auth/callback"));
    }

    @Test
    void apiRoutesNeedTheBearerTokenAndTheOthersDoNot() {
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearerAuth");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        assertTrue(api.getSecurity() == null || api.getSecurity().isEmpty(), "no global security: each operation says");

        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String name = method + " " + path;
            if (path.startsWith("/api/")) {
                assertNotNull(op.getSecurity(), name);
                assertEquals(1, op.getSecurity().size(), name);
                assertTrue(op.getSecurity().get(0).containsKey("bearerAuth"), name + " must require bearerAuth");
                assertTrue(op.getResponses().containsKey("401"), name + " must answer 401");
            } else {
                assertTrue(op.getSecurity() != null && op.getSecurity().isEmpty(), name + " must be open (security: [])");
            }
        }));
    }

    // ---- statuses -----------------------------------------------------------------------------

    private static Operation op(String method, String path) {
        PathItem item = api.getPaths().get(path);
        assertNotNull(item, path);
        Operation o = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        assertNotNull(o, method + " " + path);
        return o;
    }

    @Test
    void everyErrorStatusInTheDocIsDescribedWithTheErrorSchema() {
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("\\b([45]\\d\\d)\\b").matcher(apiMd);
        while (m.find()) documented.add(m.group(1));
        assertTrue(documented.containsAll(Set.of("400", "401", "403", "404", "409", "413", "429", "502")), "doc statuses: " + documented);

        Set<String> described = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, o) -> o.getResponses().forEach((code, resp) -> {
            if (!code.startsWith("4") && !code.startsWith("5")) return;
            described.add(code);
            assertEquals("#/components/schemas/Error", errorSchemaRef(resp), method + " " + path + " " + code + " must be an Error");
        })));
        assertEquals(documented, described, "error statuses of docs/api.md vs docs/openapi.yaml");

        // Where the doc pins a status to a route.
        assertTrue(op("GET", "/api/threads/{id}").getResponses().containsKey("404"));
        assertTrue(op("POST", "/api/threads/{id}/draft").getResponses().containsKey("409"));
        assertTrue(op("POST", "/api/threads/{id}/draft").getResponses().containsKey("201"));
        assertTrue(op("POST", "/api/logout").getResponses().containsKey("204"));
        assertTrue(op("PUT", "/api/settings").getResponses().containsKey("400"));
        assertTrue(op("GET", "/auth/start").getResponses().containsKey("302"));
        assertEquals(Set.of("200"), op("GET", "/healthz").getResponses().keySet());
    }

    private static String errorSchemaRef(ApiResponse resp) {
        String ref = resp.get$ref();
        if (ref != null) resp = api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
        return resp.getContent().get("application/json").getSchema().get$ref();
    }

    @Test
    void theErrorSchemaIsErrorAndMessage() {
        Schema<?> error = schema("Error");
        assertEquals(Set.of("error", "message"), error.getProperties().keySet());
        assertEquals(List.of("error", "message"), error.getRequired());
    }

    // ---- ThreadView against the JSON example ------------------------------------------------

    /** The JSON block that follows "`ThreadView`" in docs/api.md. */
    private static JsonNode threadViewExample() throws IOException {
        int at = apiMd.indexOf("`ThreadView`");
        assertTrue(at >= 0, "docs/api.md names ThreadView");
        int start = apiMd.indexOf("```json", at);
        int end = apiMd.indexOf("```", start + 7);
        assertTrue(start > 0 && end > start, "docs/api.md has a ```json block after ThreadView");
        return JSON.readTree(apiMd.substring(start + 7, end));
    }

    private static Schema<?> schema(String name) {
        Schema<?> s = api.getComponents().getSchemas().get(name);
        assertNotNull(s, "schema " + name);
        return s;
    }

    /** Follows {@code $ref} and a single-element {@code allOf} (how a nullable reference is written in 3.0). */
    private static Schema<?> deref(Schema<?> s) {
        while (true) {
            if (s.get$ref() != null) {
                String ref = s.get$ref();
                s = schema(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (s.getAllOf() != null && s.getAllOf().size() == 1 && s.getProperties() == null) {
                s = s.getAllOf().get(0);
            } else {
                return s;
            }
        }
    }

    /** Same property names at every level the example has an object; returns the paths compared. */
    private static List<String> compare(String where, JsonNode example, Schema<?> schema) {
        List<String> compared = new ArrayList<>();
        Schema<?> s = deref(schema);
        assertNotNull(s.getProperties(), where + " has no properties in docs/openapi.yaml");
        Set<String> fromDoc = new TreeSet<>();
        example.fieldNames().forEachRemaining(fromDoc::add);
        assertEquals(fromDoc, new TreeSet<>(s.getProperties().keySet()), "fields of " + where);
        compared.add(where);
        for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isObject()) compared.addAll(compare(where + "." + f.getKey(), f.getValue(), s.getProperties().get(f.getKey())));
        }
        return compared;
    }

    @Test
    void threadViewHasExactlyTheExampleFieldsAtEveryLevel() throws IOException {
        JsonNode example = threadViewExample();
        List<String> compared = compare("ThreadView", example, schema("ThreadView"));
        // The example's nested objects were all compared, not just the top level.
        assertTrue(compared.containsAll(List.of("ThreadView", "ThreadView.contact", "ThreadView.interviewEvidence",
                "ThreadView.deadlineEvidence", "ThreadView.progress", "ThreadView.nextAction", "ThreadView.draft",
                "ThreadView.state")), "compared " + compared);
        // Every field of the example is required: the server always sends it, null or not.
        Set<String> names = new TreeSet<>();
        example.fieldNames().forEachRemaining(names::add);
        assertEquals(names, new TreeSet<>(schema("ThreadView").getRequired()));
    }

    @Test
    void theComparisonNoticesADriftedField() throws IOException {
        // Guard against a comparison that always passes: rename one nested field in a copy of the doc's example.
        JsonNode example = threadViewExample().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) example.get("nextAction")).set("dueSoon",
                ((com.fasterxml.jackson.databind.node.ObjectNode) example.get("nextAction")).remove("dueNow"));
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> compare("ThreadView", example, schema("ThreadView")));
        assertTrue(e.getMessage().contains("ThreadView.nextAction"), e.getMessage());
    }

    /** The names listed after e.g. "`stage`:" in docs/api.md, up to the full stop. */
    private static Set<String> documentedEnum(String field) {
        Matcher m = Pattern.compile("`" + Pattern.quote(field) + "`: ([A-Z_, ]+)\\.").matcher(apiMd);
        assertTrue(m.find(), "docs/api.md lists the values of " + field);
        Set<String> values = new LinkedHashSet<>();
        for (String v : m.group(1).split(",")) values.add(v.strip());
        return values;
    }

    @Test
    void enumsMatchTheDoc() {
        assertEquals(documentedEnum("stage"), new LinkedHashSet<>(enumOf(schema("Stage"))));
        assertEquals(documentedEnum("nextAction.type"), new LinkedHashSet<>(enumOf(schema("ActionType"))));
        assertEquals(Set.of("balanced", "patient", "assertive"), new TreeSet<>(enumOf(schema("Preset"))));
        // The outcomes and corrections the doc allows in POST /state (null = clear).
        Schema<?> patch = schema("StatePatch");
        assertTrue(enumOf(patch.getProperties().get("outcome")).containsAll(List.of("ACCEPTED", "WITHDRAWN", "REJECTED", "OFFER")));
        assertTrue(enumOf(patch.getProperties().get("correction")).containsAll(List.of("NOT_INTERVIEW", "IS_INTERVIEW")));
    }

    private static List<String> enumOf(Schema<?> s) {
        List<String> out = new ArrayList<>();
        for (Object o : s.getEnum()) if (o != null) out.add(o.toString());
        return out;
    }

    @Test
    void requestAndResponseBodiesMatchTheDocsExamples() throws IOException {
        // Each JSON object docs/api.md shows for a body, as a set of field names.
        assertEquals(Set.of("now", "zone", "dueToday", "threads"), schema("ThreadList").getProperties().keySet());
        assertEquals(Set.of("interview", "why", "thread"), schema("ThreadLookup").getProperties().keySet());
        assertEquals(Set.of("draftId", "messageId", "gmailUrl"), schema("DraftCreated").getProperties().keySet());
        assertEquals(Set.of("email", "zone", "country", "preset"), schema("Settings").getProperties().keySet());
        assertEquals(Set.of("zone", "country", "preset"), schema("SettingsUpdate").getProperties().keySet());
        assertEquals(Set.of("snoozeDays", "snoozedUntil", "dismissed", "correction", "outcome"), schema("StatePatch").getProperties().keySet());
        // ... and those same names appear in docs/api.md as JSON keys.
        for (String s : List.of("ThreadList", "ThreadLookup", "DraftCreated", "Settings", "StatePatch")) {
            for (String field : schema(s).getProperties().keySet()) {
                assertTrue(apiMd.contains("\"" + field + "\""), s + "." + field + " is not a key in docs/api.md");
            }
        }
        assertEquals("#/components/schemas/StatePatch",
                op("POST", "/api/threads/{id}/state").getRequestBody().getContent().get("application/json").getSchema().get$ref());
    }
}
