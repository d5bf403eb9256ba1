package org.gsi.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feed tokens. Calendar clients cannot log in, so a user's feed URL carries a random token;
 * only its SHA-256 is stored, and regenerating it makes the previous URL stop working.
 */
@Service
class FeedTokens {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    FeedTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A new token for the actor, replacing any earlier one; shown once, never stored in clear. */
    @Transactional
    String regenerate(Actor actor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO meetings_feed_token (username, token_sha256) VALUES (:u, :h) ON CONFLICT (username)"
                        + " DO UPDATE SET token_sha256 = :h, created_at = now()")
                .param("u", actor.username())
                .param("h", hash(token))
                .update();
        audit.record(actor, "regenerate-feed-token", "user", actor.username(), actor.partyCode(), "Calendar feed");
        return token;
    }

    /** When the actor's current token was made, if there is one. */
    Optional<Instant> createdAt(String username) {
        return jdbc.sql("SELECT created_at FROM meetings_feed_token WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** The user a token belongs to. */
    Optional<String> user(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM meetings_feed_token WHERE token_sha256 = :h")
                .param("h", hash(token.strip()))
                .query(String.class)
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
