package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Sends the same change many times at once, each request released by one latch so they reach the server
 * together, and reports how they were answered.
 */
public final class Race {

    private Race() {}

    /** The answers of one race, in the order the requests were numbered. */
    public record Outcome(String what, List<Api.Response> responses) {

        public long succeeded() {
            return responses.stream().filter(r -> r.status() / 100 == 2).count();
        }

        public long status(int status) {
            return responses.stream().filter(r -> r.status() == status).count();
        }

        /** The one request that succeeded, by its number. */
        public int winner() {
            for (int i = 0; i < responses.size(); i++) {
                if (responses.get(i).status() / 100 == 2) {
                    return i;
                }
            }
            throw new AssertionError("no request succeeded: " + this);
        }

        /** Exactly one request succeeded and every other one was refused as stale (412). */
        public Outcome exactlyOneWinsTheOthersAreStale() {
            System.out.println("[race] " + this);
            assertThat(succeeded()).as(toString()).isEqualTo(1);
            assertThat(status(412)).as(toString()).isEqualTo(responses.size() - 1);
            return this;
        }

        @Override
        public String toString() {
            Map<Integer, Integer> byStatus = new TreeMap<>();
            responses.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
            String other = responses.stream()
                    .filter(r -> r.status() / 100 != 2 && r.status() != 412)
                    .map(r -> r.status() + " " + r.body())
                    .findFirst()
                    .map(s -> "; e.g. " + s)
                    .orElse("");
            return what + ": " + responses.size() + " requests, " + succeeded() + " succeeded, " + status(412)
                    + " got 412, by status " + byStatus + other;
        }
    }

    /** How many requests a race sends. */
    public static final int REQUESTS = 30;

    /**
     * Reads the record at {@code recordPath} as {@code user}, sends {@link #REQUESTS} changes of it at once to
     * {@code changePath}, all with the ETag read as {@code If-Match} and each with a body made from its number, and
     * checks that exactly one was applied: one succeeded, every other got 412 and the record moved on by exactly one
     * version. The caller checks that the record shows the winner's change.
     */
    public static Outcome ofChanges(
            Api api,
            String what,
            String user,
            String method,
            String recordPath,
            String changePath,
            IntFunction<String> body) {
        String etag = api.get(recordPath, user).header("ETag");
        assertThat(etag).as("ETag of " + recordPath).matches("\"v\\d+\"");
        long read = Long.parseLong(etag.replaceAll("\\D", ""));
        Outcome outcome = sameEtag(api, what, REQUESTS, method, changePath, user, etag, body)
                .exactlyOneWinsTheOthersAreStale();
        assertThat(api.get(recordPath, user).header("ETag")).isEqualTo("\"v" + (read + 1) + "\"");
        return outcome;
    }

    /**
     * Sends {@code n} times at once the same change of one record, each with the same {@code If-Match} and a body
     * made from the request's number.
     */
    public static Outcome sameEtag(
            Api api,
            String what,
            int n,
            String method,
            String path,
            String user,
            String etag,
            IntFunction<String> body) {
        api.token(user);
        return run(what, n, i -> api.send(method, path, user, body.apply(i), Map.of("If-Match", etag)));
    }

    /** Runs {@code n} requests at once; {@code request} gets the number of the request (0 … n-1). */
    public static Outcome run(String what, int n, IntFunction<Api.Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int number = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(number);
                }));
            }
            ready.await();
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                responses.add(f.get());
            }
            return new Outcome(what, responses);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
