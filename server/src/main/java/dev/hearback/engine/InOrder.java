package dev.hearback.engine;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Maps a list on a bounded number of threads and returns the results in the list's order. A pool of
 * its own (not the common pool) keeps the worker count what the caller asked for and leaves the
 * common pool to whoever else uses it.
 */
final class InOrder {
    private InOrder() {}

    static <T, R> List<R> map(List<T> items, Function<T, R> f, int workers) {
        if (workers <= 1 || items.size() < 2) return items.stream().map(f).toList();
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            // An ordered parallel stream's toList() keeps encounter order.
            return pool.submit(() -> items.parallelStream().map(f).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
