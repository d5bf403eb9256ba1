package org.gsi.identity.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code gsi.login.max-failures} failed logins for one username within
 * {@code gsi.login.window}, that username cannot log in until the window has passed.
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

    boolean isLocked(String username) {
        return recentFailures(username) >= maxFailures;
    }

    long recentFailures(String username) {
        return jdbc.sql("SELECT count(*) FROM identity_login_failure WHERE username = ? AND failed_at > now() - ?"
                        + " * interval '1 second'")
                .params(key(username), window.toSeconds())
                .query(Long.class)
                .single();
    }

    void failed(String username) {
        jdbc.sql("INSERT INTO identity_login_failure (username) VALUES (?)")
                .param(key(username))
                .update();
    }

    void succeeded(String username) {
        jdbc.sql("DELETE FROM identity_login_failure WHERE username = ? OR failed_at < now() - interval '1 day'")
                .param(key(username))
                .update();
    }

    Duration window() {
        return window;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
