package dev.hearback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server that listens before it is complete holds every request until it is, then serves it completely. */
class StartupGateTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aRequestThatComesEarlyWaitsAndIsServedByTheCompleteServer() throws Exception {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Javalin app = WebApp.server(ServerConfig.fromEnv(Map.of("PORT", "0"), false), ready).start("127.0.0.1", 0);
        try {
            CompletableFuture<HttpResponse<String>> early = HTTP.sendAsync(get(app, "/late"), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(early.isDone(), "held while start-up goes on");
            // What start-up adds after Jetty listens, before-handlers included, applies to the held request.
            app.before(ctx -> ctx.header("X-Added-Late", "yes"));
            app.get("/late", ctx -> ctx.result("complete"));
            ready.complete(null);
            HttpResponse<String> r = early.get(10, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertEquals("complete", r.body());
            assertEquals("yes", r.headers().firstValue("X-Added-Late").orElse(""));
        } finally {
            app.stop();
        }
    }

    @Test
    void aFailedStartAnswersWaitingRequests503() throws Exception {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Javalin app = WebApp.server(ServerConfig.fromEnv(Map.of("PORT", "0"), false), ready).start("127.0.0.1", 0);
        try {
            CompletableFuture<HttpResponse<String>> early = HTTP.sendAsync(get(app, "/healthz"), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
            ready.completeExceptionally(new IllegalStateException("storage failed"));
            HttpResponse<String> r = early.get(10, TimeUnit.SECONDS);
            assertEquals(503, r.statusCode());
            assertEquals("unavailable", new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("error").asText());
            assertEquals(503, HTTP.send(get(app, "/healthz"), HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            app.stop();
        }
    }

    private static HttpRequest get(Javalin app, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).timeout(Duration.ofSeconds(20)).GET().build();
    }
}
