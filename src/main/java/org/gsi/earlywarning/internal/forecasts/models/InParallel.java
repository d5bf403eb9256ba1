package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent pieces of a forecast run or backtest (one per horizon, or per test year and horizon) on a few threads,
 * their results in the order of the inputs. Each piece is seeded on its own, so the results do not depend on the
 * number of threads or their timing.
 */
public final class InParallel {

    /** At most two threads: the platform's machines have two cores, shared with its requests. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private InParallel() {}

    public static <T, R> List<R> map(List<T> inputs, Function<T, R> work) {
        if (THREADS == 1 || inputs.size() < 2) {
            return inputs.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "earlywarning-forecast-part");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> work.apply(input)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
