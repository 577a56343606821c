package dev.hearback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/** A request body that must be one JSON object with only the fields a route knows. */
final class JsonBody {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBody() {}

    static ObjectNode object(Context ctx, Set<String> allowed) {
        JsonNode n;
        try {
            n = MAPPER.readTree(ctx.bodyAsBytes());
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
