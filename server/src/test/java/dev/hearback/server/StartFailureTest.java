package dev.hearback.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearback.store.DatabaseConfig;
import dev.hearback.store.KeysetLoader;
import dev.hearback.store.StoreException;
import dev.hearback.store.TokenCipher;
import dev.hearback.web.ServerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jetty listens while storage opens; when storage then fails, start-up throws its error and nothing is left listening. */
class StartFailureTest {
    @Test
    void storageThatFailsAfterJettyListensStopsTheServer() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Map<String, String> env = Map.of("PORT", String.valueOf(port), "HEARBACK_HOST", "127.0.0.1",
                "GOOGLE_CLIENT_ID", "test.apps.googleusercontent.com", "GOOGLE_CLIENT_SECRET", "secret",
                KeysetLoader.ENV_KEYSET, TokenCipher.newKeysetJson(),
                // Nothing listens on port 1: the connection is refused at once.
                DatabaseConfig.ENV_URL, "jdbc:postgresql://127.0.0.1:1/hearback?connectTimeout=2");
        StoreException e = assertThrows(StoreException.class, () -> HearbackServer.start(ServerConfig.fromEnv(env, false), env));
        assertTrue(e.getMessage().startsWith("cannot connect to the database"), e.getMessage());
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertTrue(again.isBound(), "the port is free again: Jetty was stopped");
        }
    }
}
