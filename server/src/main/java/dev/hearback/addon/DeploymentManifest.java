package dev.hearback.addon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fills {@code deployment.json} (kept in the repository with the placeholder
 * {@code https://HEARBACK_SERVER}) with the server's public URL, for
 * {@code gcloud workspace-add-ons deployments create|replace}.
 *
 * <pre>
 * java -cp server/target/hearback.jar dev.hearback.addon.DeploymentManifest https://hearback.example.com \
 *     deployment.json &gt; deployment.local.json
 * </pre>
 *
 * The URL may instead come from {@code HEARBACK_ADDON_URL}. The same result with sed:
 * {@code sed 's#https://HEARBACK_SERVER#https://hearback.example.com#g' deployment.json}.
 */
public final class DeploymentManifest {
    public static final String PLACEHOLDER = "https://HEARBACK_SERVER";

    private DeploymentManifest() {}

    /**
     * Replaces every placeholder with {@code publicUrl} (https, no query, no trailing slash) and
     * checks the result is JSON with no placeholder left.
     */
    public static String render(String template, String publicUrl) {
        String base = AddonConfig.normalizeBaseUrl(publicUrl);
        if (!base.startsWith("https://")) throw new IllegalArgumentException("Google calls only https endpoints: " + base);
        if (!template.contains(PLACEHOLDER)) throw new IllegalArgumentException("template has no " + PLACEHOLDER + " placeholder");
        String out = template.replace(PLACEHOLDER, base);
        if (out.contains("HEARBACK_SERVER")) throw new IllegalArgumentException("a placeholder is left in the manifest");
        try {
            JsonNode n = new ObjectMapper().readTree(out);
            if (!n.path("addOns").isObject()) throw new IllegalArgumentException("manifest has no addOns");
        } catch (IOException e) {
            throw new IllegalArgumentException("manifest is not JSON: " + e.getMessage());
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        String url = args.length > 0 ? args[0] : System.getenv(AddonConfig.ENV_URL);
        Path template = Path.of(args.length > 1 ? args[1] : "deployment.json");
        if (url == null || url.isBlank()) {
            System.err.println("usage: DeploymentManifest <public https URL> [deployment.json]  (or set " + AddonConfig.ENV_URL + ")");
            System.exit(2);
            return;
        }
        try {
            System.out.print(render(Files.readString(template, StandardCharsets.UTF_8), url));
        } catch (IllegalArgumentException e) {
            System.err.println("deployment manifest: " + e.getMessage());
            System.exit(2);
        }
    }
}
