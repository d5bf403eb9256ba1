package org.gsi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for the API: random, stored only as a SHA-256 hash, expiring, revocable. */
@Service
class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserStore users;
    private final AuditLog audit;
    private final Duration lifetime;

    TokenService(
            JdbcClient jdbc, UserStore users, AuditLog audit, @Value("${gsi.tokens.lifetime:30d}") Duration lifetime) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.lifetime = lifetime;
    }

    @Transactional
    IssuedToken issue(SignedInUser user, String label) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "gsi_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant expires = Instant.now().plus(lifetime);
        jdbc.sql("INSERT INTO identity_token (id, user_id, token_hash, label, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, user.user().id(), hash(token), label, java.sql.Timestamp.from(expires))
                .update();
        audit.record(
                user.actor(),
                "issue",
                "token",
                id.toString(),
                "Issued an API token" + (label == null ? "" : " '" + label + "'") + " expiring " + expires);
        return new IssuedToken(id, token, expires);
    }

    /** The user of a valid token: known, not revoked, not expired, user enabled. */
    Optional<SignedInUser> authenticate(String token) {
        return jdbc.sql("UPDATE identity_token SET last_used_at = now() WHERE token_hash = ? AND revoked_at IS NULL"
                        + " AND expires_at > now() RETURNING user_id")
                .param(hash(token))
                .query(UUID.class)
                .optional()
                .flatMap(users::byId)
                .filter(User::enabled)
                .map(SignedInUser::new);
    }

    List<TokenView> list(User user) {
        return jdbc.sql("SELECT id, label, created_at, expires_at, revoked_at, last_used_at FROM identity_token"
                        + " WHERE user_id = ? ORDER BY created_at DESC")
                .param(user.id())
                .query((rs, n) -> new TokenView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    @Transactional
    void revoke(User user, UUID id) {
        int n = jdbc.sql(
                        "UPDATE identity_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(id, user.id())
                .update();
        if (n == 0) {
            throw new NotFoundException("token", id.toString());
        }
        audit.record(user.actor(), "revoke", "token", id.toString(), "Revoked an API token");
    }

    @Transactional
    int revokeAll(User user) {
        int n = jdbc.sql("UPDATE identity_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")
                .param(user.id())
                .update();
        return n;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record IssuedToken(UUID id, String token, Instant expiresAt) {}

    record TokenView(
            UUID id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {}
}
