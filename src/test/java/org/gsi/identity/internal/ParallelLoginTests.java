package org.gsi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Login throttling holds when the guesses come all at once: of 20 parallel attempts on one username, no more than
 * five passwords are checked (the platform runs with gsi.login.max-failures=5), and every failed one is audited.
 */
@PlatformTest
class ParallelLoginTests {

    static final String RIGHT = "the-right-password";

    @LocalServerPort
    int port;

    @Autowired
    UserStore store;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyParallelWrongPasswordsGetFiveChecksAndFifteenRefusals() throws Exception {
        String user = user();
        Map<Integer, Integer> statuses = attempt(user, 20, -1);
        assertThat(statuses).containsEntry(401, 5).containsEntry(429, 15).hasSize(2);
        assertThat(audited(user, "login-failed")).isEqualTo(5);
        assertThat(audited(user, "login-throttled")).isEqualTo(15);
    }

    @Test
    void nineteenWrongAndOneRightInParallelStillCheckNoMoreThanFivePasswords() throws Exception {
        String user = user();
        Map<Integer, Integer> statuses = attempt(user, 20, 7);
        int checked = statuses.getOrDefault(401, 0) + statuses.getOrDefault(201, 0);
        assertThat(checked).as(statuses.toString()).isLessThanOrEqualTo(5);
        assertThat(statuses.get(429)).isGreaterThanOrEqualTo(15);
        // the window is used up: the right password is refused too until it has passed
        var after = new Api(port)
                .post("/api/v1/auth/tokens", null, "{\"username\":\"" + user + "\",\"password\":\"" + RIGHT + "\"}");
        if (statuses.getOrDefault(201, 0) == 0) {
            assertThat(after.status()).isEqualTo(429);
        }
    }

    /** Sends {@code n} logins at once; the one numbered {@code right} has the right password. */
    private Map<Integer, Integer> attempt(String user, int n, int right) throws Exception {
        Api api = new Api(port);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String password = i == right ? RIGHT : "wrong-guess-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return api.post(
                                    "/api/v1/auth/tokens",
                                    null,
                                    "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
                            .status();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> f : results) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String user() {
        String name = "parallel-" + UUID.randomUUID().toString().substring(0, 8);
        store.insert(new User(
                UUID.randomUUID(),
                name,
                name,
                null,
                "KAZ",
                Role.OFFICER,
                passwords.encode(RIGHT),
                true,
                "en",
                false,
                0));
        return name;
    }

    private long audited(String user, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_id = ? AND action = ? AND outcome = 'denied'")
                .params(user, action)
                .query(Long.class)
                .single();
    }
}
