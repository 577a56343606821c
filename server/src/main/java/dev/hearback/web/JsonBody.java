package dev.hearback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.Key;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;

/** A request body that must be one JSON object with only the fields a route knows. */
final class JsonBody {
    /** The largest body a route reads (ServerConfig.maxBodyBytes), set in WebApp's config. */
    static final Key<Long> MAX_BYTES = new Key<>("hearback.maxBodyBytes");
    /** One JSON value and nothing after it; a key given twice is an error, not "the last one wins". */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonBody() {}

    static ObjectNode object(Context ctx, Set<String> allowed) {
        JsonNode n;
        try {
            n = MAPPER.readTree(bounded(ctx));
        } catch (IOException e) {
            throw ApiException.badRequest("The request body is not valid JSON.");
        }
        if (n == null || !n.isObject()) throw ApiException.badRequest("The request body must be a JSON object.");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw ApiException.badRequest("Unknown field '" + clip(f) + "'; expected one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
        if (n.isEmpty()) throw ApiException.badRequest("The request body names nothing to change.");
        return (ObjectNode) n;
    }

    /**
     * The body, read up to the limit. WebApp refuses a too-large Content-Length up front, but a
     * chunked body has none (and Javalin's own limit looks only at Content-Length), so without this
     * a 10 MB chunked body was buffered whole and applied.
     */
    private static byte[] bounded(Context ctx) {
        long max = ctx.appData(MAX_BYTES);
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw new ApiException(413, "too_large", "The request body is larger than " + max / 1024 + " KB.");
            }
            return b;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    /** A text field, null when absent or JSON null; 400 when another type. */
    static String text(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiException.badRequest("'" + field + "' must be a string.");
        return v.asText();
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
