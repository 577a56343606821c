package dev.hearback.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Holds every request until start-up has finished. The server's Jetty starts, and listens, while
 * storage is still opening beside it; a request that comes meanwhile waits here, in front of all of
 * Javalin (its before-handlers, authentication included, and its routes), and is then served by the
 * complete server. When start-up fails it is answered 503 {@code unavailable}, and the server stops.
 */
final class StartupGate implements Filter {
    private final CompletableFuture<?> ready;

    StartupGate(CompletableFuture<?> ready) {
        this.ready = ready;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!ready.isDone() || ready.isCompletedExceptionally()) {
            try {
                ready.join();
            } catch (CompletionException | CancellationException failed) {
                HttpServletResponse r = (HttpServletResponse) response;
                r.setStatus(503);
                r.setContentType("application/json");
                r.getWriter().write("{\"error\":\"unavailable\",\"message\":\"Hearback could not start; it is stopping.\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
