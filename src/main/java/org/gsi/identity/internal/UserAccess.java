package org.gsi.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a user's access: their API tokens and their HTTP sessions. Sessions are kept in {@code identity_session}
 * (Spring Session JDBC), indexed by the principal's name, so one statement ends them on every node; it runs in
 * the caller's transaction, so a password reset or a disable and the end of the user's access happen together.
 * Works from the command line too, where no web server runs.
 */
@Component
class UserAccess {

    private final JdbcClient jdbc;
    private final TokenService tokens;

    UserAccess(JdbcClient jdbc, TokenService tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    /** Revokes every token and ends every session of {@code user}. */
    void endAll(User user) {
        tokens.revokeAll(user);
        jdbc.sql("DELETE FROM identity_session WHERE principal_name = ?")
                .param(user.username())
                .update();
    }

    /** Revokes every token and ends every session of {@code user} but the session {@code keep} they act in. */
    void endAllBut(User user, String keep) {
        tokens.revokeAll(user);
        jdbc.sql("DELETE FROM identity_session WHERE principal_name = ? AND session_id <> ?")
                .params(user.username(), keep == null ? "" : keep)
                .update();
    }

    /** How many live sessions {@code username} has. */
    int sessions(String username) {
        return jdbc.sql("SELECT count(*) FROM identity_session WHERE principal_name = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }
}
