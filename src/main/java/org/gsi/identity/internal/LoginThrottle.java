package org.gsi.identity.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: at most {@code gsi.login.max-failures} passwords of one username are checked
 * within {@code gsi.login.window}; a successful login starts afresh.
 *
 * <p>The check is reserved before the password is compared, by one statement that counts and decides at once
 * ({@code INSERT … ON CONFLICT … RETURNING}), so parallel attempts cannot all pass a count read before any of
 * them was written, and several nodes share the same count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            @Value("${gsi.login.max-failures:5}") int maxFailures,
            @Value("${gsi.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Reserves one password check for {@code username}; false when this window's checks are used up. */
    boolean tryAcquire(String username) {
        int attempts = jdbc.sql("""
                        INSERT INTO identity_login_window AS w (username, window_start, attempts) VALUES (:u, now(), 1)
                        ON CONFLICT (username) DO UPDATE SET
                          window_start = CASE WHEN w.window_start <= now() - :secs * interval '1 second'
                                              THEN now() ELSE w.window_start END,
                          attempts = CASE WHEN w.window_start <= now() - :secs * interval '1 second'
                                          THEN 1 ELSE w.attempts + 1 END
                        RETURNING attempts""")
                .param("u", key(username))
                .param("secs", window.toSeconds())
                .query(Integer.class)
                .single();
        return attempts <= maxFailures;
    }

    /** The password was right: the username's count starts afresh. */
    void succeeded(String username) {
        jdbc.sql("DELETE FROM identity_login_window WHERE username = ? OR window_start < now() - interval '1 day'")
                .param(key(username))
                .update();
    }

    Duration window() {
        return window;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
