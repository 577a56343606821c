package dev.hearback.addon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploymentManifestTest {
    /** The repository's deployment.json (tests run in the server module). */
    static String template() throws Exception {
        Path p = Path.of("..", "deployment.json");
        if (!Files.exists(p)) p = Path.of("deployment.json");
        return Files.readString(p);
    }

    @Test
    void manifestHasTheTriggersAndOnlyTheThreeScopes() throws Exception {
        JsonNode m = CardSchema.tree(template());
        List<String> scopes = new ArrayList<>();
        m.path("oauthScopes").forEach(s -> scopes.add(s.asText()));
        assertEquals(List.of(
                "https://www.googleapis.com/auth/gmail.addons.execute",
                "https://www.googleapis.com/auth/gmail.addons.current.message.readonly",
                "https://www.googleapis.com/auth/gmail.addons.current.action.compose"), scopes);
        JsonNode addOns = m.path("addOns");
        assertEquals("https://HEARBACK_SERVER/addon/homepage", addOns.path("common").path("homepageTrigger").path("runFunction").asText());
        assertEquals("https://HEARBACK_SERVER/addon/logo.png", addOns.path("common").path("logoUrl").asText());
        assertEquals("Hearback", addOns.path("common").path("name").asText());
        JsonNode triggers = addOns.path("gmail").path("contextualTriggers");
        assertEquals(1, triggers.size());
        assertTrue(triggers.get(0).path("unconditional").isObject());
        assertEquals("https://HEARBACK_SERVER/addon/contextual", triggers.get(0).path("onTriggerFunction").asText());
        assertFalse(addOns.path("gmail").has("composeTrigger"));
    }

    @Test
    void renderFillsEveryEndpointWithThePublicUrl() throws Exception {
        String out = DeploymentManifest.render(template(), "https://hearback.example.com/");
        assertFalse(out.contains("HEARBACK_SERVER"));
        JsonNode m = CardSchema.tree(out);
        assertEquals("https://hearback.example.com/addon/homepage",
                m.path("addOns").path("common").path("homepageTrigger").path("runFunction").asText());
        assertEquals("https://hearback.example.com" + AddonHandlers.CONTEXTUAL,
                m.path("addOns").path("gmail").path("contextualTriggers").get(0).path("onTriggerFunction").asText());
        // Every endpoint the manifest names is one the verifier accepts as an audience.
        AddonConfig cfg = AddonConfig.of("https://hearback.example.com", Fixtures.SA);
        for (String url : List.of(m.path("addOns").path("common").path("homepageTrigger").path("runFunction").asText(),
                m.path("addOns").path("gmail").path("contextualTriggers").get(0).path("onTriggerFunction").asText())) {
            assertTrue(cfg.audiences().contains(url), url);
        }
    }

    @Test
    void renderRefusesUrlsGoogleWontCallOrThatBreakTheJson() throws Exception {
        String t = template();
        for (String bad : List.of("http://hearback.example.com", "https://h.example.com/?x=1", "https://h.example.com/#f",
                "ftp://h.example.com", "hearback.example.com", "https://h.example.com/\"}", "")) {
            assertThrows(IllegalArgumentException.class, () -> DeploymentManifest.render(t, bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> DeploymentManifest.render("{}", "https://h.example.com"));
    }

    @Test
    void configFromTheEnvironment() {
        assertEquals(Optional.empty(), AddonConfig.fromEnv(Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> AddonConfig.fromEnv(Map.of(AddonConfig.ENV_URL, "https://h.example.com")));
        AddonConfig c = AddonConfig.fromEnv(Map.of(AddonConfig.ENV_URL, "https://h.example.com/",
                AddonConfig.ENV_SERVICE_ACCOUNT, " Service-1@gcp-sa-gsuiteaddons.iam.gserviceaccount.com ")).orElseThrow();
        assertEquals("https://h.example.com", c.baseUrl());
        assertEquals("service-1@gcp-sa-gsuiteaddons.iam.gserviceaccount.com", c.serviceAccountEmail());
        for (String route : AddonHandlers.ROUTES) assertTrue(c.audiences().contains("https://h.example.com" + route), route);
        assertFalse(c.audiences().contains("https://h.example.com/api/threads"));
        assertEquals("https://h.example.com/", c.linkUrl());
        assertEquals("https://h.example.com/addon/state", c.functionUrl(AddonHandlers.STATE));

        AddonConfig custom = AddonConfig.fromEnv(Map.of(AddonConfig.ENV_URL, "https://h.example.com",
                AddonConfig.ENV_SERVICE_ACCOUNT, "sa@x.iam.gserviceaccount.com",
                AddonConfig.ENV_AUDIENCE, "https://a.example.com, https://b.example.com/x",
                AddonConfig.ENV_LINK_URL, "https://h.example.com/link")).orElseThrow();
        assertEquals(java.util.Set.of("https://a.example.com", "https://b.example.com/x"), custom.audiences());
        assertEquals("https://h.example.com/link", custom.linkUrl());
        assertThrows(IllegalArgumentException.class, () -> AddonConfig.of("https://h.example.com", "not-an-email"));
        assertEquals("http://127.0.0.1:7070", AddonConfig.of("http://127.0.0.1:7070", "a@b.example").baseUrl());
    }
}
