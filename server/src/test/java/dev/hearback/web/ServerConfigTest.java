package dev.hearback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    private static final String EXT = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

    @Test
    void defaultsWhenNothingIsSet() {
        ServerConfig c = ServerConfig.fromEnv(Map.of(), false);
        assertEquals(8080, c.port());
        assertEquals("0.0.0.0", c.host());
        assertEquals("http://localhost:8080", c.publicUrl());
        assertEquals("http://localhost:8080/auth/callback", c.oauthRedirectUri());
        assertEquals(Set.of(), c.extensionOrigins());
    }

    @Test
    void readsTheAppEngineValues() {
        ServerConfig c = ServerConfig.fromEnv(Map.of("PORT", "8081",
                "HEARBACK_PUBLIC_URL", "https://hb-prod.uc.r.appspot.com/",
                "HEARBACK_EXTENSION_ORIGINS", EXT + ", chrome-extension://PONMLKJIHGFEDCBAPONMLKJIHGFEDCBA/ ,"), false);
        assertEquals(8081, c.port());
        assertEquals("https://hb-prod.uc.r.appspot.com", c.publicUrl());
        assertEquals("https://hb-prod.uc.r.appspot.com/auth/callback", c.oauthRedirectUri());
        assertEquals(Set.of(EXT, "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba"), c.extensionOrigins());
        assertTrue(c.allowsExtensionOrigin(EXT));
        assertFalse(c.allowsExtensionOrigin("chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), "only the configured ones");
    }

    @Test
    void theDemoListensOnLoopbackOnlyAndTrustsAnyUnpackedExtension() {
        ServerConfig c = ServerConfig.fromEnv(Map.of("HEARBACK_HOST", "0.0.0.0", "HEARBACK_PUBLIC_URL", "https://x.example"), true);
        assertEquals("127.0.0.1", c.host());
        assertEquals("http://localhost:8080", c.publicUrl());
        assertTrue(c.allowsExtensionOrigin("chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assertFalse(c.allowsExtensionOrigin("https://evil.example"));
    }

    @Test
    void refusesWhatWouldBreakSignInOrCors() {
        for (String bad : new String[] {"http://hb-prod.uc.r.appspot.com", "https://x.example/app", "https://x.example?a=1",
                "https://user@x.example", "hb-prod.uc.r.appspot.com"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServerConfig.fromEnv(Map.of("HEARBACK_PUBLIC_URL", bad), false), bad);
            assertTrue(e.getMessage().startsWith("HEARBACK_PUBLIC_URL"), e.getMessage());
        }
        for (String bad : new String[] {"*", "https://evil.example", "chrome-extension://short", "chrome-extension://" + "q".repeat(32)}) {
            assertThrows(IllegalArgumentException.class, () -> ServerConfig.fromEnv(Map.of("HEARBACK_EXTENSION_ORIGINS", bad), false), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.fromEnv(Map.of("PORT", "http"), false));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.fromEnv(Map.of("PORT", "70000"), false));
    }
}
